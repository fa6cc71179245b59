/**
 * The model manifest (`models/manifest.json`): where each model comes from, its hash, its tensors
 * and how its input is prepared. The engine takes every model-specific number from here, so a
 * deployment can drop in another licensed model without code changes.
 */
import { z } from 'zod';

const tensorSpec = z.object({ name: z.string(), shape: z.array(z.number().int()) });

const crop = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('letterbox'), fill: z.number().min(0).max(255) }),
  z.object({ kind: z.literal('square-on-box'), sideOfBoxHeight: z.number().positive() }),
  z.object({
    kind: z.literal('similarity-aligned'),
    points: z.literal('eye-centres,nose-tip,mouth-corners'),
    template: z.array(z.tuple([z.number(), z.number()])).length(5),
  }),
  z.object({ kind: z.literal('scaled-box'), scale: z.number().positive() }),
  z.object({ kind: z.literal('eye-square'), sideOfEyeWidth: z.number().positive() }),
]);

const preprocessing = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  channels: z.enum(['rgb', 'bgr', 'grey']),
  /** Per tensor channel: value = (pixel - mean) / std, pixel in 0..255. */
  mean: z.array(z.number()).min(1),
  std: z.array(z.number().positive()).min(1),
  crop,
});

const modelEntry = <D extends z.ZodType>(decoding: D) =>
  z.object({
    file: z.string().regex(/^[\w.-]+\.onnx$/),
    pathInPackage: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    sizeBytes: z.number().int().positive(),
    licence: z.string(),
    inputs: z.array(tensorSpec).min(1),
    outputs: z.array(tensorSpec).min(1),
    preprocessing,
    decoding,
  });

const classifier = { output: z.string(), activation: z.literal('softmax') };

/** The schema of `models/manifest.json`. */
export const modelManifestSchema = z.object({
  version: z.literal(1),
  source: z.object({
    registry: z.string(),
    package: z.string(),
    version: z.string(),
    licence: z.string(),
    licenceFile: z.string(),
  }),
  models: z.object({
    detector: modelEntry(
      z.object({
        scoresOutput: z.string(),
        boxesOutput: z.string(),
        faceClass: z.number().int().nonnegative(),
        boxes: z.literal('corner-fractions'),
        scoreThreshold: z.number().min(0).max(1),
        nmsIou: z.number().min(0).max(1),
      }),
    ),
    landmarks: modelEntry(
      z.object({
        output: z.string(),
        points: z.literal(68),
        coordinates: z.literal('crop-fractions'),
      }),
    ),
    embedding: modelEntry(
      z.object({
        output: z.string(),
        dimension: z.number().int().positive(),
        normalise: z.literal('l2'),
      }),
    ),
    liveness: modelEntry(z.object({ ...classifier, liveClass: z.number().int().nonnegative() })),
    pose: modelEntry(
      z.object({
        yawOutput: z.string(),
        pitchOutput: z.string(),
        rollOutput: z.string(),
        binDegrees: z.number().positive(),
        firstBinDegrees: z.number(),
      }),
    ),
    eyes: modelEntry(z.object({ ...classifier, openClass: z.number().int().nonnegative() })),
  }),
});

/** The parsed model manifest. */
export type ModelManifest = z.infer<typeof modelManifestSchema>;

/** The role of a model in the pipeline. */
export type ModelRole = keyof ModelManifest['models'];

/** One model's manifest entry. */
export type ModelEntry = ModelManifest['models'][ModelRole];

/** How one model's input tensor is prepared. */
export type Preprocessing = ModelEntry['preprocessing'];

/** Every role, in pipeline order. */
export const MODEL_ROLES: readonly ModelRole[] = [
  'detector',
  'landmarks',
  'embedding',
  'liveness',
  'pose',
  'eyes',
];
