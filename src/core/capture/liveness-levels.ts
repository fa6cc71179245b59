/** The configuration's liveness level as liveness session thresholds. */
import type { LivenessLevel } from '../../shared/config/config-schema';
import { DEFAULT_LIVENESS, type LivenessConfig } from '../face/liveness-session';

// Medium is the evaluated default. Low only accepts a lower passive score; the shape thresholds,
// which are what refuses a photo, are the same at every level. High asks for more passive evidence.
const LEVELS: Readonly<Record<LivenessLevel, LivenessConfig>> = {
  low: { ...DEFAULT_LIVENESS, liveScore: 0.8, spoofScore: 0.2 },
  medium: DEFAULT_LIVENESS,
  high: { ...DEFAULT_LIVENESS, minFrames: 8, liveScore: 0.95, spoofScore: 0.4 },
};

/** The liveness session thresholds of a level. */
export function livenessConfigOf(level: LivenessLevel): LivenessConfig {
  return LEVELS[level];
}
