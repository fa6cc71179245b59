/** Matching one attempt: the card photo's embedding against the attempt's best live frames (fused by the matcher). */
import type { Matcher } from '../face/match/match-decision';
import type { Logger } from '../log/logger';
import type { CaptureDraft } from './ports';
import type { SessionData } from './session-data';

/** How matching an attempt ended. */
export type MatchOutcome =
  | { readonly kind: 'match'; readonly verification: CaptureDraft['verification'] }
  | { readonly kind: 'no-match' }
  /** The card photo could not be enrolled or the matcher failed: the engine's fault, not the person's. */
  | { readonly kind: 'failed' };

/** Waits for the card reference, matches, and logs the decision (score included: it is not personal data). */
export async function matchAttempt(
  data: SessionData,
  attempt: number,
  matcher: Matcher,
  logger: Logger,
): Promise<MatchOutcome> {
  const { reference, liveness, matchFrames } = data;
  if (!reference || !liveness || matchFrames.length === 0) return { kind: 'failed' };
  try {
    const decision = matcher.match(
      await reference,
      matchFrames.map((frame) => frame.embedding),
    );
    const { outcome, score, threshold, operatingPoint } = decision;
    logger.log('info', 'capture.decision', { attempt, outcome, score, threshold, operatingPoint });
    if (outcome === 'no-match') return { kind: 'no-match' };
    return {
      kind: 'match',
      verification: {
        method: 'face',
        match: { score, threshold, operatingPoint },
        liveness,
        attempts: attempt,
      },
    };
  } catch (error) {
    logger.log('error', 'capture.match-failed', {
      attempt,
      error: error instanceof Error ? error.name : 'unknown',
    });
    return { kind: 'failed' };
  }
}
