/** The card part of a session: the card policy once the card is read and consent given, and the operator's review. */
import { assertNever, err, ok, type Result } from '../../shared/result';
import type { Phase } from './capture-phase';
import { CaptureRefusal } from './capture-refusal';
import { judgeCard } from './card-policy';
import { summarizeCard } from './card-summary';
import type { CaptureSessionDeps, Operator } from './ports';
import type { SessionData } from './session-data';
import type { Reaction } from './session-reactions';

/** What the card step needs from the session that owns it. */
export interface CardStepHost {
  phase(): Phase;
  data(): SessionData | null;
  enter(phase: Phase): void;
  react(reaction: Reaction): void;
}

/** An operator's answer to a card review. */
export type CardConfirmation = 'accepted' | 'refused';

const FACE_STEP: Reaction = { kind: 'start-face', attempt: 1, card: null };

/** Applies the card policy to the session's card and carries out an operator's confirmation. */
export class CardStep {
  constructor(
    private readonly deps: Pick<CaptureSessionDeps, 'policy' | 'clock' | 'logger'>,
    private readonly host: CardStepHost,
  ) {}

  /** Whether the session's card passed the policy, so the face step may start. */
  cleared(): boolean {
    return this.host.data()?.cardCleared ?? false;
  }

  /** Judges the held card: on to the face step, refused with one reason, or held for an operator. */
  judge(): void {
    const data = this.host.data();
    const card = data?.card;
    if (!data || !card) return;
    const { policy, clock, logger } = this.deps;
    const verdict = judgeCard(card, policy.cardPolicy, clock.now());
    switch (verdict.kind) {
      case 'accept':
        data.cardCleared = true;
        return this.host.react(FACE_STEP);
      case 'refuse':
        return this.host.react({
          kind: 'refuse-card',
          reasonKey: verdict.reasonKey,
          check: verdict.check,
        });
      case 'review':
        data.summary = summarizeCard(card);
        logger.log('info', 'capture.card-review', {
          checks: verdict.items.map((item) => item.code).join(','),
        });
        return this.host.enter({ kind: 'card-review', items: verdict.items });
      default:
        return assertNever(verdict, 'card verdict');
    }
  }

  /** `card.confirm`: the operator looked at the card; accepted goes on to the face step and into the record. */
  confirm(operator: Operator, answer: CardConfirmation): Result<void, CaptureRefusal> {
    const phase = this.host.phase();
    const data = this.host.data();
    if (phase.kind !== 'card-review' || !data) return err(new CaptureRefusal('not-now'));
    const checks = phase.items.map((item) => item.code);
    this.deps.logger.log('info', 'capture.card-confirmed', {
      role: operator.role,
      answer,
      checks: checks.join(','),
    });
    if (answer === 'refused') {
      this.host.react({
        kind: 'refuse-card',
        reasonKey: 'card-rejected-by-operator',
        check: phase.items[0].code,
      });
      return ok(undefined);
    }
    data.cardCleared = true;
    data.cardReview = { checks, operator, confirmedAtMs: this.deps.clock.now() };
    this.host.react(FACE_STEP);
    return ok(undefined);
  }
}
