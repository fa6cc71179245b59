/**
 * The face engine as the capture session sees it: the engine process analyses each frame, and this
 * side turns the analysis into one guidance instruction, a frame quality and a liveness verdict.
 */
import type { FaceAttempt, FaceEngine, FrameAssessment, LivenessVerdict } from '../capture/ports';
import { FaceEngineCrashedError } from '../face/face-errors';
import { chooseGuidance, DEFAULT_GUIDANCE, faceMotion } from '../face/face-guidance';
import type { FaceQuality } from '../face/face-quality';
import type { DetectedFace } from '../face/detection-decode';
import type { Enrollment, FrameAnalysis } from '../face/frame-analysis';
import {
  initialLivenessState,
  livenessStep,
  passiveMean,
  type LivenessConfig,
  type LivenessState,
  type RandomSource,
} from '../face/liveness-session';
import type { RgbImage } from '../photo/rgb-image';
import type { EngineFrame } from '../face/engine/engine-frame';
import type { LivenessLevel } from '../../shared/config/config-schema';
import { CardPhotoNotEnrolledError } from '../api/kiosk-errors';
import { livenessConfigOf } from '../capture/liveness-levels';
import { assertNever } from '../../shared/result';

/** What the port needs of the engine: the FaceEngineClient (forked process or utilityProcess). */
export interface FaceAnalyzer {
  /** The camera frame goes as submitted: the engine process decodes it, this process never does. */
  analyze(frame: EngineFrame): Promise<FrameAnalysis>;
  enroll(photo: RgbImage): Promise<Enrollment>;
}

/**
 * Frame quality in 0.5..1 for a frame that passed every gate (sharper and better centred is
 * higher), so the policy's minimum quality keeps only gate-passing frames when it is 0.5.
 */
function gatedQuality(quality: FaceQuality): number {
  const sharp = Math.min(1, quality.sharpness / (DEFAULT_GUIDANCE.minSharpness * 4));
  const offset = Math.max(Math.abs(quality.offsetX), Math.abs(quality.offsetY));
  const centred = 1 - Math.min(1, offset / DEFAULT_GUIDANCE.maxOffset);
  return 0.5 + 0.25 * sharp + 0.25 * centred;
}

/** The liveness session's verdict as the capture session sees it. */
function portVerdict(state: LivenessState, config: LivenessConfig): LivenessVerdict {
  const { verdict } = state;
  switch (verdict.kind) {
    case 'undecided':
    case 'need-challenge':
      return verdict;
    case 'live':
      return { kind: 'live', score: verdict.score, threshold: verdict.threshold };
    case 'spoof':
      return { kind: 'spoof', score: passiveMean(state), threshold: config.liveScore };
    default:
      return assertNever(verdict, 'liveness verdict');
  }
}

function attemptOf(engine: FaceAnalyzer, level: LivenessLevel, random: RandomSource): FaceAttempt {
  const config = livenessConfigOf(level);
  let liveness: LivenessState = initialLivenessState;
  let previous: DetectedFace | null = null;
  return {
    async analyze(frame): Promise<FrameAssessment> {
      const analysis = await engine.analyze(frame);
      const chosen = analysis.chosen;
      const motion = previous && chosen ? faceMotion(previous, chosen, analysis.height) : null;
      previous = chosen;
      const guidance = chooseGuidance({ faces: analysis.faces, chosen, motion });
      const changesBefore = liveness.faceChanges;
      if (chosen) liveness = livenessStep(liveness, chosen, config, random);
      const usable = chosen && guidance.kind === 'ok';
      return {
        face: usable
          ? { quality: gatedQuality(chosen.quality), embedding: chosen.embedding }
          : null,
        instruction: guidance.kind === 'instruct' ? guidance.key : null,
        liveness: portVerdict(liveness, config),
        faceChanged: liveness.faceChanges > changesBefore,
      };
    },
  };
}

/**
 * Adapts the engine client to the session's FaceEngine port; `random` draws the side of each turn
 * challenge (Math.random in the kiosk, a seeded source in evaluations and tests).
 */
export function faceEnginePort(engine: FaceAnalyzer, random: RandomSource): FaceEngine {
  return {
    async enroll(cardPhoto) {
      // The engine restarts itself after a crash, but the session keeps one reference per card: a
      // crash during enrolment is retried once here rather than failing every attempt of the session.
      const enrollment = await engine
        .enroll(cardPhoto)
        .catch((error: unknown) =>
          error instanceof FaceEngineCrashedError
            ? engine.enroll(cardPhoto)
            : Promise.reject(error),
        );
      if (!enrollment.ok) throw new CardPhotoNotEnrolledError(enrollment.error);
      return enrollment.value.embedding;
    },
    beginAttempt: ({ livenessLevel }) => attemptOf(engine, livenessLevel, random),
  };
}
