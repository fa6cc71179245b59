/**
 * The in-process face pipeline: detection, landmarks, alignment, embedding, liveness, pose, eye
 * state and quality for a camera frame; the reference embedding for a card photo.
 */
import { performance } from 'node:perf_hooks';
import { err, ok } from '../../shared/result';
import type { RgbImage } from '../photo/rgb-image';
import { frameCardPhoto, type CardFraming } from './card-photo-framing';
import { largestFace } from './detection-decode';
import { estimateEyeState } from './eye-state';
import { alignFace, embedAlignedFace } from './face-embedding';
import { detectFaces } from './face-detector';
import { locateLandmarks } from './face-landmarks';
import { scoreLiveness } from './face-liveness';
import { measureQuality } from './face-quality';
import type { Enrollment, FrameAnalysis } from './frame-analysis';
import { estimateHeadPose } from './head-pose';
import { loadModelRegistry, type ModelRegistry } from './model-registry';

/** Options of the pipeline. */
export interface FacePipelineOptions {
  /** Folder holding manifest.json and the model files. */
  readonly modelsDir: string;
  /** onnxruntime intra-op threads per session (default 2, the kiosk's core count). */
  readonly threads?: number;
  /** Add the mirrored crop's embedding (test-time augmentation; doubles embedding time). */
  readonly flipEmbedding?: boolean;
  /** How the card photo is framed before detection (default: the measured best). */
  readonly cardFraming?: CardFraming;
}

/** The face engine's work, in the calling process. */
export interface FacePipeline {
  /** Analyses one camera frame (RGB). */
  analyze(frame: RgbImage): Promise<FrameAnalysis>;
  /** The reference embedding of a card photo (102x126 portrait), or a typed failure. */
  enroll(cardPhoto: RgbImage): Promise<Enrollment>;
  close(): Promise<void>;
}

/** Measured on card-like portraits: see docs/performance.md, "Face engine". */
export const DEFAULT_CARD_FRAMING: CardFraming = { kind: 'upscale', factor: 2 };

const MIN_CARD_SIDE = 32;

/** Loads and verifies the models (a typed FaceModelError if one is missing or altered) and warms them up. */
export async function createFacePipeline(options: FacePipelineOptions): Promise<FacePipeline> {
  const registry: ModelRegistry = await loadModelRegistry(options.modelsDir, options.threads ?? 2);
  const flip = options.flipEmbedding ?? false;
  const cardFraming = options.cardFraming ?? DEFAULT_CARD_FRAMING;

  async function analyze(frame: RgbImage): Promise<FrameAnalysis> {
    const started = performance.now();
    const detected = await detectFaces(frame, registry);
    const { faces } = detected;
    const index = largestFace(faces);
    const face = faces[index];
    const empty = {
      detectMs: detected.modelMs,
      landmarksMs: 0,
      embeddingMs: 0,
      livenessMs: 0,
      poseMs: 0,
      eyesMs: 0,
    };
    if (!face) {
      const totalMs = performance.now() - started;
      return {
        width: frame.width,
        height: frame.height,
        faces,
        chosen: null,
        timings: { ...empty, modelsMs: detected.modelMs, totalMs },
      };
    }
    const landmarks = await locateLandmarks(frame, face.box, registry);
    const aligned = alignFace(frame, landmarks.points, registry);
    const embedding = await embedAlignedFace(aligned, registry, flip);
    const liveness = await scoreLiveness(frame, face.box, registry);
    const pose = await estimateHeadPose(frame, face.box, registry);
    const eyes = await estimateEyeState(frame, landmarks.points, registry);
    const stages = {
      detectMs: detected.modelMs,
      landmarksMs: landmarks.modelMs,
      embeddingMs: embedding.modelMs,
      livenessMs: liveness.modelMs,
      poseMs: pose.modelMs,
      eyesMs: eyes.modelMs,
    };
    const modelsMs = Object.values(stages).reduce((a, b) => a + b, 0);
    return {
      width: frame.width,
      height: frame.height,
      faces,
      chosen: {
        ...face,
        index,
        landmarks: landmarks.points,
        pose: pose.pose,
        eyes: eyes.eyes,
        quality: measureQuality(frame, face.box, aligned),
        liveness: liveness.live,
        livenessAcrossCrops: liveness.acrossCrops,
        embedding: embedding.embedding,
      },
      timings: { ...stages, modelsMs, totalMs: performance.now() - started },
    };
  }

  async function enroll(cardPhoto: RgbImage): Promise<Enrollment> {
    if (cardPhoto.width < MIN_CARD_SIDE || cardPhoto.height < MIN_CARD_SIDE) {
      return err({ kind: 'image-too-small', width: cardPhoto.width, height: cardPhoto.height });
    }
    const { image, scale, offset } = frameCardPhoto(cardPhoto, cardFraming);
    const { faces } = await detectFaces(image, registry);
    const face = faces[largestFace(faces)];
    if (!face) return err({ kind: 'no-face' });
    const landmarks = await locateLandmarks(image, face.box, registry);
    const { embedding } = await embedAlignedFace(
      alignFace(image, landmarks.points, registry),
      registry,
      flip,
    );
    const { x, y, width, height } = face.box;
    const box = {
      x: (x - offset) / scale,
      y: (y - offset) / scale,
      width: width / scale,
      height: height / scale,
    };
    return ok({ embedding, face: { box, score: face.score } });
  }

  return { analyze, enroll, close: () => registry.close() };
}
