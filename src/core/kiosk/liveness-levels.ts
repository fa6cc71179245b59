/** The configuration's liveness level as liveness session thresholds. */
import { DEFAULT_LIVENESS, type LivenessConfig } from '../face/liveness-session';

/** A configured liveness level. */
export type LivenessLevel = 'low' | 'medium' | 'high';

// Medium is the evaluated default; low trades attack detection for fewer challenges, high the reverse.
const LEVELS: Readonly<Record<LivenessLevel, LivenessConfig>> = {
  low: { ...DEFAULT_LIVENESS, minFrames: 3, liveScore: 0.8, spoofScore: 0.2 },
  medium: DEFAULT_LIVENESS,
  high: { ...DEFAULT_LIVENESS, minFrames: 8, liveScore: 0.95, spoofScore: 0.4 },
};

/** The liveness session thresholds of a level. */
export function livenessConfigOf(level: LivenessLevel): LivenessConfig {
  return LEVELS[level];
}
