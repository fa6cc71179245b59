/** The face part of a session: attempts, liveness and spoof lockout, matching, and saving the record. */
import type { ReasonKey } from '../../shared/kiosk-api/capture-keys';
import type { Phase } from './capture-phase';
import { summarizeCard } from './card-summary';
import { FaceAttemptRunner } from './face-attempt-runner';
import { matchAttempt } from './match-attempt';
import type { CaptureDraft, CaptureSessionDeps } from './ports';
import { buildDraft, type SessionData } from './session-data';
import type { Reaction } from './session-reactions';
import { SpoofLockout } from './spoof-lockout';

/** What the face step needs from the session that owns it. */
export interface FaceStepHost {
  phase(): Phase;
  data(): SessionData | null;
  enter(phase: Phase): void;
  disarm(): void;
  react(reaction: Reaction): void;
  wipe(): void;
  emitState(): void;
}

/** Runs face attempts for the session and turns their outcomes into reactions. */
export class FaceStep {
  private readonly lockout: SpoofLockout;

  constructor(
    private readonly deps: CaptureSessionDeps,
    private readonly host: FaceStepHost,
  ) {
    // Spoof verdicts count across sessions: the lockout outlives every session.
    this.lockout = new SpoofLockout(deps.policy.spoofLockout, deps.clock);
  }

  /**
   * Starts the first attempt while the card is still being read (consent given): liveness and the
   * best frames gather meanwhile, and matching waits for the card photo (`start(1)`).
   */
  startEarly(): void {
    const data = this.host.data();
    if (!data || data.runner) return;
    data.runner = this.createRunner(1);
  }

  /** Starts attempt `attempt` (the card is held); enrols the card photo once per session. */
  start(attempt: number): void {
    const data = this.host.data();
    const card = data?.card;
    if (!data || !card) return;
    if (!card.photo)
      return this.host.react({
        kind: 'result',
        outcome: 'fail',
        reasonKey: 'card-photo-unreadable',
      });
    data.summary = summarizeCard(card);
    if (!data.reference) {
      data.reference = this.deps.face.enroll(card.photo);
      data.reference.catch(() => undefined); // observed when matching; never an unhandled rejection
    }
    // The first attempt may have started while the card was read: it goes on, or is already ready.
    const early = attempt === 1 && data.runner !== null;
    const readyEarly = early && !data.runner?.active && data.matchFrames.length > 0;
    if (!early || (!readyEarly && !data.runner?.active)) {
      data.runner?.stop();
      data.runner = this.createRunner(attempt);
    }
    this.host.enter({ kind: 'face', attempt });
    if (readyEarly) this.matchNow(attempt);
  }

  /** Stops the current attempt and forgets its frames. */
  endAttempt(): void {
    const data = this.host.data();
    if (!data) return;
    data.runner?.stop();
    data.matchFrames = [];
    data.liveness = null;
  }

  /** Lifts a spoof lockout (an operator unlocked the kiosk). */
  liftLockout(): void {
    this.lockout.lift();
  }

  /** Hands the verified capture to the record sink, then shows pass, or fail when it could not be saved. */
  async save(verification: CaptureDraft['verification'], reasonKey: ReasonKey): Promise<void> {
    const data = this.host.data();
    if (!data || data.saving) return;
    data.saving = true;
    // No timeout while saving: the worker must never be told "try again" about a stored record.
    this.host.disarm();
    const phase = this.host.phase();
    const { records, policy, clock, logger } = this.deps;
    const result = await records.append(buildDraft(data, verification, policy, clock.now()));
    if (result.ok)
      logger.log('info', 'capture.recorded', {
        recordId: result.value.recordId,
        method: verification.method,
      });
    else logger.log('error', 'capture.record-failed', { code: result.error.code });
    if (this.host.phase() !== phase) return;
    this.host.react(
      result.ok
        ? { kind: 'result', outcome: 'pass', reasonKey }
        : { kind: 'result', outcome: 'fail', reasonKey: 'record-not-saved' },
    );
  }

  private createRunner(attempt: number): FaceAttemptRunner {
    const { policy, clock, face, livenessLevel } = this.deps;
    const fail = (reasonKey: ReasonKey): void =>
      this.host.react({ kind: 'fail-attempt', attempt, reasonKey });
    return new FaceAttemptRunner(
      face.beginAttempt({ livenessLevel }),
      { ...policy, keepImages: policy.transmit === 'live-photo', clock },
      {
        // Shown from the face step on; while the card is read the screen asks for the card.
        instruction: () => (this.host.phase().kind === 'face' ? this.host.emitState() : undefined),
        ready: (frames, liveness) => {
          const data = this.host.data();
          if (!data) return;
          data.matchFrames = frames;
          data.liveness = liveness;
          // Ready before the card was read: matching starts once its photo is there (`start`).
          if (this.host.phase().kind !== 'card') this.matchNow(attempt);
        },
        spoof: () => this.spoofed(attempt),
        // An engine failure before the card was read costs no attempt: `start` begins a fresh one.
        failed: () => (this.host.phase().kind === 'card' ? undefined : fail('engine-failed')),
      },
    );
  }

  /**
   * A spoof verdict (or a challenge unanswered until the face timeout) ends the session at once:
   * more attempts would only give an attacker more tries. It counts towards the lockout.
   */
  spoofed(attempt: number): void {
    this.host.data()?.runner?.stop();
    const lockedUntil = this.lockout.recordSpoof();
    this.deps.logger.log('warn', 'capture.spoof', { attempt, lockedUntil });
    if (lockedUntil === null)
      return this.host.react({ kind: 'result', outcome: 'fail', reasonKey: 'spoof-suspected' });
    this.host.wipe();
    this.host.enter({ kind: 'locked', reason: 'spoof-lockout', untilMs: lockedUntil });
  }

  private matchNow(attempt: number): void {
    this.host.enter({ kind: 'matching', attempt });
    void this.match(attempt);
  }

  private async match(attempt: number): Promise<void> {
    const phase = this.host.phase();
    const data = this.host.data();
    if (!data) return;
    const outcome = await matchAttempt(data, attempt, this.deps.matcher, this.deps.logger);
    if (this.host.phase() !== phase) return;
    if (outcome.kind === 'match') return this.save(outcome.verification, 'matched');
    this.host.react({
      kind: 'fail-attempt',
      attempt,
      reasonKey: outcome.kind === 'failed' ? 'engine-failed' : 'no-match',
    });
  }
}
