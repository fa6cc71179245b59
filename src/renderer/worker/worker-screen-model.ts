/** Which worker screen to show for a model at a moment: one discriminated union, derived purely. */
import type { CardRefusalReason } from '../../shared/kiosk-api/card-checks';
import type { CardSummary } from '../../shared/kiosk-api/card-summary';
import type {
  GuidanceKey,
  NextStepKey,
  ReasonKey,
  Transmit,
} from '../../shared/kiosk-api/capture-keys';
import { assertNever } from '../../shared/result';
import type { WorkerModel } from './worker-model';

/** A device fault that stops the worker flow, in the worker's terms. */
export type DeviceFault = 'reader' | 'camera' | 'store';

type Deadline = { readonly deadlineMs: number | null };

/** One worker screen and exactly the data it shows. */
export type WorkerScreen =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'attract'; readonly networkDown: boolean; readonly endedBy: ReasonKey | null }
  | ({
      readonly kind: 'consent';
      readonly consentVersion: string;
      readonly transmits: Transmit;
    } & Deadline)
  | ({ readonly kind: 'card' } & Deadline)
  | ({ readonly kind: 'confirmed'; readonly card: CardSummary } & Deadline)
  | ({
      readonly kind: 'face';
      readonly attempt: number;
      readonly attemptsAllowed: number;
      readonly instruction: GuidanceKey | null;
    } & Deadline)
  | ({ readonly kind: 'matching' } & Deadline)
  | ({
      readonly kind: 'pass';
      readonly nextSteps: readonly NextStepKey[];
      /** The slip to show as a QR code because it could not be printed. */
      readonly unprintedSlip: string | null;
    } & Deadline)
  | ({
      readonly kind: 'fail';
      readonly reasonKey: ReasonKey;
      readonly nextSteps: readonly NextStepKey[];
    } & Deadline)
  | ({
      readonly kind: 'retry';
      readonly reasonKey: ReasonKey;
      readonly attempt: number;
      readonly attemptsAllowed: number;
    } & Deadline)
  | ({ readonly kind: 'review'; readonly reasonKey: ReasonKey } & Deadline)
  | ({ readonly kind: 'refused'; readonly reasonKey: CardRefusalReason } & Deadline)
  | ({ readonly kind: 'done' } & Deadline)
  | { readonly kind: 'locked'; readonly untilMs: number | null }
  | { readonly kind: 'device-error'; readonly fault: DeviceFault };

/** Timing choices of the derivation. */
export interface ScreenTiming {
  /** How long the card stays confirmed on screen before the camera view. */
  readonly confirmMs: number;
  /** How old the oldest unacknowledged record may be before the network is called down. */
  readonly networkStaleMs: number;
}

/** Default timing: the card shown for 2.5 s; the network down after 2 minutes without an ack. */
export const DEFAULT_TIMING: ScreenTiming = { confirmMs: 2500, networkStaleMs: 120_000 };

function idleFault(model: WorkerModel): DeviceFault | null {
  if (model.cameraFailed) return 'camera';
  if (model.device && model.device.reader.state !== 'connected') return 'reader';
  if (model.device?.storeFull) return 'store';
  return null;
}

function networkDown(model: WorkerModel, nowMs: number, timing: ScreenTiming): boolean {
  const oldest = model.queue?.oldestUnackedAtMs ?? null;
  return oldest !== null && nowMs - oldest > timing.networkStaleMs;
}

/** Derives the screen to show. */
export function workerScreen(
  model: WorkerModel,
  nowMs: number,
  timing = DEFAULT_TIMING,
): WorkerScreen {
  const s = model.session;
  if (!s) return { kind: 'connecting' };
  switch (s.state) {
    case 'idle': {
      const fault = idleFault(model);
      if (fault) return { kind: 'device-error', fault };
      return {
        kind: 'attract',
        networkDown: networkDown(model, nowMs, timing),
        endedBy: s.endedBy,
      };
    }
    case 'locked':
      return { kind: 'locked', untilMs: s.untilMs };
    case 'consent':
      return {
        kind: 'consent',
        consentVersion: s.consentVersion,
        transmits: s.transmits,
        deadlineMs: s.deadlineMs,
      };
    case 'card':
      return { kind: 'card', deadlineMs: s.deadlineMs };
    case 'card-review':
      return { kind: 'review', reasonKey: 'card-needs-review', deadlineMs: s.deadlineMs };
    case 'face': {
      if (model.cameraFailed) return { kind: 'device-error', fault: 'camera' };
      const since = model.faceSinceMs ?? nowMs;
      if (s.attempt === 1 && nowMs - since < timing.confirmMs)
        return { kind: 'confirmed', card: s.card, deadlineMs: s.deadlineMs };
      const { attempt, attemptsAllowed, deadlineMs } = s;
      return {
        kind: 'face',
        attempt,
        attemptsAllowed,
        instruction: s.challenge ?? s.instruction,
        deadlineMs,
      };
    }
    case 'matching':
      return { kind: 'matching', deadlineMs: s.deadlineMs };
    case 'retry':
      return {
        kind: 'retry',
        reasonKey: s.reasonKey,
        attempt: s.attempt,
        attemptsAllowed: s.attemptsAllowed,
        deadlineMs: s.deadlineMs,
      };
    case 'operator-review':
      return { kind: 'review', reasonKey: s.reasonKey, deadlineMs: s.deadlineMs };
    case 'result': {
      const nextSteps = model.result?.nextSteps ?? [];
      if (s.outcome === 'pass')
        return {
          kind: 'pass',
          nextSteps,
          unprintedSlip: model.unprintedSlip,
          deadlineMs: s.deadlineMs,
        };
      if (s.outcome === 'refused') {
        const result = model.result;
        return {
          kind: 'refused',
          reasonKey: result?.outcome === 'refused' ? result.reasonKey : 'card-rejected-by-operator',
          deadlineMs: s.deadlineMs,
        };
      }
      return {
        kind: 'fail',
        reasonKey: model.result?.reasonKey ?? 'no-match',
        nextSteps,
        deadlineMs: s.deadlineMs,
      };
    }
    case 'done':
      return { kind: 'done', deadlineMs: s.deadlineMs };
    default:
      return assertNever(s, 'session state');
  }
}
