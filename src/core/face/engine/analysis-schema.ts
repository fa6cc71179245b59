/** Runtime schemas of what the face engine returns, checked when it arrives from the engine process. */
import { z } from 'zod';
import type { Enrollment, FrameAnalysis } from '../frame-analysis';

const rect = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
});
const detectedFace = z.object({ box: rect, score: z.number().min(0).max(1) });
const probability = z.number().min(0).max(1);
const ms = z.number().nonnegative();

/** An RGB image as transferred: raw interleaved bytes, length checked against the size. */
export const rgbImageSchema = z
  .object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    data: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'data must be a Uint8Array'),
  })
  .refine(
    (image) => image.data.length === image.width * image.height * 3,
    'data length must be width × height × 3',
  );

/** Schema of a FrameAnalysis. */
export const frameAnalysisSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  faces: z.array(detectedFace),
  chosen: detectedFace
    .extend({
      index: z.number().int().nonnegative(),
      landmarks: z.array(z.object({ x: z.number(), y: z.number() })),
      pose: z.object({ yaw: z.number(), pitch: z.number(), roll: z.number() }),
      eyes: z.object({ leftOpen: probability, rightOpen: probability }),
      quality: z.object({
        sharpness: z.number().nonnegative(),
        brightness: z.number().min(0).max(255),
        faceHeight: z.number().nonnegative(),
        offsetX: z.number(),
        offsetY: z.number(),
      }),
      liveness: probability,
      livenessAcrossCrops: probability,
      embedding: z.instanceof(Float32Array),
    })
    .nullable(),
  timings: z.object({
    detectMs: ms,
    landmarksMs: ms,
    embeddingMs: ms,
    livenessMs: ms,
    poseMs: ms,
    eyesMs: ms,
    modelsMs: ms,
    totalMs: ms,
  }),
}) satisfies z.ZodType<FrameAnalysis>;

/** Schema of an Enrollment result. */
export const enrollmentSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    value: z.object({ embedding: z.instanceof(Float32Array), face: detectedFace }),
  }),
  z.object({
    ok: z.literal(false),
    error: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('no-face') }),
      z.object({ kind: z.literal('image-too-small'), width: z.number(), height: z.number() }),
    ]),
  }),
]) satisfies z.ZodType<Enrollment>;
