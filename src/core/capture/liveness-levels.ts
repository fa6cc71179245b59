/** The configuration's liveness level as liveness session thresholds. */
import type { LivenessLevel } from '../../shared/config/config-schema';
import { DEFAULT_LIVENESS, type LivenessConfig } from '../face/liveness-session';

// Medium is the evaluated default. The shape and turn thresholds, which are what refuses a photo,
// are the same at every level; the levels move the passive thresholds only (docs/accuracy.md).
// Low accepts a lower passive score and passes speech without a turn from a cross-crop score of
// 0.71 (live images 1% per image below it, against 7 of 28 MSU replay frames above it); high passes
// speech without a turn only from 0.985 (a fifth of live images are then asked to turn) and asks
// more frames.
const LEVELS: Readonly<Record<LivenessLevel, LivenessConfig>> = {
  low: { ...DEFAULT_LIVENESS, liveScore: 0.8, spoofScore: 0.2, confidentScore: 0.71 },
  medium: DEFAULT_LIVENESS,
  high: {
    ...DEFAULT_LIVENESS,
    minFrames: 8,
    liveScore: 0.95,
    spoofScore: 0.4,
    confidentScore: 0.985,
  },
};

/** The liveness session thresholds of a level. */
export function livenessConfigOf(level: LivenessLevel): LivenessConfig {
  return LEVELS[level];
}
