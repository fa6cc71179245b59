/** The active liveness challenge: blink (from eye state) or head turn (from pose), one frame at a time. */
import { assertNever } from '../../shared/result';
import type { AnalyzedFace } from './frame-analysis';
import type { LivenessChallenge, LivenessConfig } from './liveness-config';

/** Progress of the challenge: blink = open → closed → open; turn = away from the start yaw → back. */
export type ChallengeProgress =
  | { readonly step: 'blink-wait-closed' | 'blink-wait-open' }
  | { readonly step: 'turn-wait-away' | 'turn-wait-back'; readonly startYaw: number };

/** Where a new challenge starts; a turn is measured from the yaw at the start. */
export const startProgress = (kind: LivenessChallenge, yaw: number): ChallengeProgress =>
  kind === 'blink' ? { step: 'blink-wait-closed' } : { step: 'turn-wait-away', startYaw: yaw };

/** Advances the challenge by one frame; returns the new progress or 'done'. */
export function advanceChallenge(
  progress: ChallengeProgress,
  frame: Pick<AnalyzedFace, 'eyes' | 'pose'>,
  config: LivenessConfig,
): ChallengeProgress | 'done' {
  const eyes = Math.min(frame.eyes.leftOpen, frame.eyes.rightOpen);
  switch (progress.step) {
    case 'blink-wait-closed':
      return eyes < config.eyeClosed ? { step: 'blink-wait-open' } : progress;
    case 'blink-wait-open':
      return eyes > config.eyeOpen ? 'done' : progress;
    case 'turn-wait-away':
      return Math.abs(frame.pose.yaw - progress.startYaw) >= config.turnDegrees
        ? { ...progress, step: 'turn-wait-back' }
        : progress;
    case 'turn-wait-back':
      return Math.abs(frame.pose.yaw - progress.startYaw) < config.turnDegrees / 2
        ? 'done'
        : progress;
    default:
      return assertNever(progress, 'challenge progress');
  }
}
