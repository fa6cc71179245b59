/**
 * The capture session: one worker at a time from consent to card, face, decision and record, as an
 * explicit state machine (states in capture-phase.ts, reactions in session-reactions.ts). Every state
 * has a timeout; card removal aborts and wipes the session; nothing personal outlives a session.
 */
import type { ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { Frame } from '../../shared/kiosk-api/frame';
import type { SessionStateView } from '../../shared/kiosk-api/session-events';
import { assertNever, err, ok, type Result } from '../../shared/result';
import { type Phase, viewOf } from './capture-phase';
import { CaptureRefusal } from './capture-refusal';
import { afterFailedAttempt, resultOf } from './capture-results';
import { CardStep, type CardConfirmation } from './card-step';
import { FaceStep } from './face-step';
import { PhaseClock } from './phase-clock';
import type { CaptureSessionDeps, Operator, SessionCard } from './ports';
import { newSessionData, type SessionData } from './session-data';
import { reactToCard, reactToTimeout, type Reaction } from './session-reactions';

/** The capture session of a kiosk: lives as long as the kiosk and runs one session at a time. */
export class CaptureSession {
  private data: SessionData | null = null;
  private cardPresent = false;
  private readonly phases: PhaseClock;
  private readonly face: FaceStep;
  private readonly cardStep: CardStep;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: CaptureSessionDeps) {
    const { clock, timers, logger, policy } = deps;
    this.phases = new PhaseClock(
      { clock, timers, logger, timeoutsMs: policy.timeoutsMs },
      {
        timedOut: (phase) =>
          this.apply(
            reactToTimeout(phase, {
              sawFace: this.data?.runner?.sawFace ?? false,
              challenged: (this.data?.runner?.challenge ?? null) !== null,
              faceChanges: this.data?.runner?.faceChanges ?? 0,
              cardPresent: this.cardPresent,
            }),
          ),
        entered: (phase) => this.announce(phase),
      },
    );
    this.face = new FaceStep(deps, {
      phase: () => this.phases.phase,
      data: () => this.data,
      enter: (phase) => this.phases.enter(phase),
      disarm: () => this.phases.disarm(),
      react: (reaction) => this.apply(reaction),
      wipe: () => this.wipe(),
      emitState: () => this.emitState(),
    });
    this.cardStep = new CardStep(deps, {
      phase: () => this.phases.phase,
      data: () => this.data,
      enter: (phase) => this.phases.enter(phase),
      react: (reaction) => this.apply(reaction),
    });
    this.unsubscribe = deps.cards.on((event) => {
      this.cardPresent = event.type !== 'card-removed';
      this.apply(reactToCard(this.phases.phase, event, this.data?.card ?? null));
    });
  }

  /** The current state as the screens see it. */
  get state(): SessionStateView {
    const runner = this.data?.runner;
    return viewOf(this.phases.phase, {
      policy: this.deps.policy,
      card: this.data?.summary ?? null,
      instruction: runner?.instruction ?? null,
      challenge: runner?.challenge ?? null,
      deadlineMs: this.phases.deadlineMs,
    });
  }

  /** `session.start`: the worker touched the attract screen. */
  start(): Result<void, CaptureRefusal> {
    const kind = this.phases.phase.kind;
    if (kind === 'locked') return err(new CaptureRefusal('locked'));
    if (kind !== 'idle') return err(new CaptureRefusal('busy'));
    return this.begin(null) ? ok(undefined) : err(new CaptureRefusal('store-full'));
  }

  /** `session.consent`: agreed to this version of the consent text, or declined. */
  consent(accepted: boolean, consentVersion: string): Result<void, CaptureRefusal> {
    if (this.phases.phase.kind !== 'consent' || !this.data)
      return err(new CaptureRefusal('not-now'));
    if (consentVersion !== this.deps.policy.consentVersion)
      return err(new CaptureRefusal('consent-version'));
    if (!accepted) return this.done({ kind: 'finish', reasonKey: 'consent-declined' });
    this.data.consentAtMs = this.deps.clock.now();
    if (this.data.card) return this.done({ kind: 'start-face', attempt: 1, card: null });
    this.apply({ kind: 'enter', phase: { kind: 'card' } });
    // The person is in front of the camera while the card is read: the first attempt starts now.
    this.face.startEarly();
    return ok(undefined);
  }

  /** `session.cancel`: the worker gave up; everything is wiped. */
  cancel(): Result<void, CaptureRefusal> {
    const kind = this.phases.phase.kind;
    if (kind === 'idle' || kind === 'locked') return err(new CaptureRefusal('not-now'));
    return this.done({ kind: 'finish', reasonKey: 'cancelled' });
  }

  /** `frame.submit`: a camera frame; used while the card is read and in the face step, never queued. */
  submitFrame(frame: Frame): 'analyzing' | 'waiting' | 'ignored' {
    const kind = this.phases.phase.kind;
    const runner = kind === 'face' || kind === 'card' ? this.data?.runner : null;
    return runner ? runner.submit(frame) : 'ignored';
  }

  /** `operator.verify`: an operator checked the person in person, where the policy allows that role. */
  async verifyByOperator(
    operator: Operator,
    verdict: 'verified' | 'rejected',
  ): Promise<Result<void, CaptureRefusal>> {
    const phase = this.phases.phase;
    if (phase.kind !== 'operator-review' || !this.data) return err(new CaptureRefusal('not-now'));
    if (this.data.saving) return err(new CaptureRefusal('busy'));
    const { allowed, roles } = this.deps.policy.operatorVerification;
    if (!allowed || !roles.includes(operator.role))
      return err(new CaptureRefusal('operator-not-allowed'));
    this.deps.logger.log('info', 'capture.operator-verdict', { role: operator.role, verdict });
    if (verdict === 'rejected')
      return this.done({ kind: 'result', outcome: 'fail', reasonKey: 'operator-rejected' });
    const faceAttempts = this.deps.policy.attempts;
    await this.face.save(
      { method: 'operator-in-person', operator, faceAttempts, reasonKey: phase.reasonKey },
      'operator-verified',
    );
    return ok(undefined);
  }

  /** `card.confirm`: an operator checked a card the card policy held for review. */
  confirmCard(operator: Operator, answer: CardConfirmation): Result<void, CaptureRefusal> {
    return this.cardStep.confirm(operator, answer);
  }

  /** `kiosk.lock`: an operator paused the kiosk; a running session is wiped. */
  lock(): void {
    this.wipe();
    this.phases.enter({ kind: 'locked', reason: 'operator', untilMs: null });
  }

  /** `kiosk.unlock`: back to idle, lifting a spoof lockout too (the operator is there). */
  unlock(): void {
    if (this.phases.phase.kind !== 'locked') return;
    this.face.liftLockout();
    this.phases.enter({ kind: 'idle', endedBy: null });
  }

  /** Kiosk shutdown: a running session is wiped and ends as cancelled; the reader is let go. */
  dispose(): void {
    this.unsubscribe();
    if (this.phases.phase.kind !== 'idle')
      this.apply({ kind: 'abort', reasonKey: 'cancelled', restartWith: null });
    this.phases.disarm();
  }

  private done(reaction: Reaction): Result<void, never> {
    this.apply(reaction);
    return ok(undefined);
  }

  private apply(reaction: Reaction): void {
    switch (reaction.kind) {
      case 'none':
        return;
      case 'begin':
        this.begin(reaction.card);
        return;
      case 'hold-card':
        if (this.data) this.data.card = reaction.card;
        return;
      case 'start-face':
        if (this.data && reaction.card) this.data.card = reaction.card;
        // The card policy runs once per session, after consent and before any face attempt.
        if (!this.cardStep.cleared()) return this.cardStep.judge();
        return this.face.start(reaction.attempt);
      case 'refuse-card':
        this.deps.logger.log('warn', 'capture.card-refused', {
          check: reaction.check,
          reason: reaction.reasonKey,
        });
        this.wipe();
        return this.phases.enter({
          kind: 'refused',
          reasonKey: reaction.reasonKey,
          check: reaction.check,
        });
      case 'fail-attempt':
        return this.failAttempt(reaction.attempt, reaction.reasonKey);
      case 'spoof':
        return this.face.spoofed(reaction.attempt);
      case 'result':
        this.wipe();
        return this.phases.enter({
          kind: 'result',
          outcome: reaction.outcome,
          reasonKey: reaction.reasonKey,
        });
      case 'finish':
        this.wipe();
        return this.phases.enter(
          this.cardPresent ? { kind: 'done' } : { kind: 'idle', endedBy: reaction.reasonKey },
        );
      case 'abort':
        this.wipe();
        this.phases.enter({ kind: 'idle', endedBy: reaction.reasonKey });
        return reaction.restartWith
          ? this.apply({ kind: 'begin', card: reaction.restartWith })
          : undefined;
      case 'enter':
        return this.phases.enter(reaction.phase);
      default:
        return assertNever(reaction, 'reaction');
    }
  }

  private failAttempt(attempt: number, reasonKey: ReasonKey): void {
    this.face.endAttempt();
    const next = afterFailedAttempt(attempt, reasonKey, this.deps.policy);
    if (next.kind === 'result')
      this.apply({ kind: 'result', outcome: next.outcome, reasonKey: next.reasonKey });
    else this.phases.enter(next);
  }

  /**
   * Starts a session unless the store would refuse its record: that must not cost a worker a whole
   * capture. When refused, the idle state is announced again so the device status (which names the
   * limit reached, from the same check) is read afresh and the screen shows why; false.
   */
  private begin(card: SessionCard | null): boolean {
    if (!this.deps.records.canAccept()) {
      this.deps.logger.log('warn', 'capture.store-refusing');
      this.emitState();
      return false;
    }
    this.data = { ...newSessionData(), card };
    this.phases.enter({ kind: 'consent' });
    return true;
  }

  private wipe(): void {
    this.data?.runner?.stop();
    this.data = null;
  }

  private announce(phase: Phase): void {
    this.emitState();
    const result = resultOf(phase);
    if (result) this.deps.emit({ name: 'session.result', payload: result });
  }

  private emitState(): void {
    this.deps.emit({ name: 'session.state', payload: this.state });
  }
}
