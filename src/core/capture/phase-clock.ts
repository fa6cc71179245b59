/** Enters session states: arms each state's timeout, logs the transition (no personal data), announces it. */
import type { CapturePolicy } from '../../shared/config/capture-policy-schema';
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { phaseTimeoutMs, type Phase } from './capture-phase';
import type { Timers } from '../clock';

/** What the phase clock calls back. */
export interface PhaseClockListener {
  /** The state's timeout fired while it was still the current state. */
  timedOut(phase: Phase): void;
  /** A state was entered (emit it to the screens). */
  entered(phase: Phase): void;
}

function logFields(phase: Phase) {
  return {
    attempt: 'attempt' in phase ? phase.attempt : undefined,
    reason:
      'reasonKey' in phase
        ? phase.reasonKey
        : 'endedBy' in phase
          ? (phase.endedBy ?? undefined)
          : undefined,
  };
}

/** The current state, its deadline and its one timer. */
export class PhaseClock {
  private current: Phase = { kind: 'idle', endedBy: null };
  private timer: unknown = null;
  private deadline: number | null = null;

  constructor(
    private readonly deps: {
      clock: Clock;
      timers: Timers;
      logger: Logger;
      timeoutsMs: CapturePolicy['timeoutsMs'];
    },
    private readonly listener: PhaseClockListener,
  ) {}

  /** The current state. */
  get phase(): Phase {
    return this.current;
  }

  /** When the current state times out (epoch ms), or null. */
  get deadlineMs(): number | null {
    return this.deadline;
  }

  /** Leaves the current state for `phase`. */
  enter(phase: Phase): void {
    const { clock, timers, logger } = this.deps;
    this.disarm();
    const from = this.current.kind;
    this.current = phase;
    const lockMs =
      phase.kind === 'locked' && phase.untilMs !== null
        ? Math.max(0, phase.untilMs - clock.now())
        : null;
    const timeoutMs = phaseTimeoutMs(phase, this.deps.timeoutsMs) ?? lockMs;
    if (timeoutMs !== null) {
      this.deadline = clock.now() + timeoutMs;
      this.timer = timers.setTimeout(() => {
        if (this.current === phase) this.listener.timedOut(phase);
      }, timeoutMs);
    }
    logger.log('info', 'capture.state', { from, to: phase.kind, ...logFields(phase) });
    this.listener.entered(phase);
  }

  /** Stops the current state's timer (the state then waits for an event, e.g. a record being saved). */
  disarm(): void {
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
    this.deadline = null;
  }
}
