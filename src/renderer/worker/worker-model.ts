/**
 * What the worker screen knows: the last session state and result, device health, the upload
 * queue and whether the local camera failed. Pure: events in, model out; the screen is derived.
 */
import type { KioskEvent } from '../../shared/kiosk-api/events';
import type { DeviceStatus, QueueStatus } from '../../shared/kiosk-api/device-status';
import type { SessionResult, SessionStateView } from '../../shared/kiosk-api/session-events';
import { assertNever } from '../../shared/result';

/** The worker screen's memory of what the engine said. */
export interface WorkerModel {
  readonly session: SessionStateView | null;
  readonly result: SessionResult | null;
  /** When the current face state began, so the card can be confirmed before the camera. */
  readonly faceSinceMs: number | null;
  readonly device: DeviceStatus | null;
  readonly queue: QueueStatus | null;
  readonly cameraFailed: boolean;
  /** This session's slip as text when the printer could not print it. */
  readonly unprintedSlip: string | null;
}

/** Before the first event arrives. */
export const INITIAL_WORKER_MODEL: WorkerModel = {
  session: null,
  result: null,
  faceSinceMs: null,
  device: null,
  queue: null,
  cameraFailed: false,
  unprintedSlip: null,
};

/** Folds one KioskApi event into the model at `nowMs`. */
export function applyWorkerEvent(
  model: WorkerModel,
  event: KioskEvent,
  nowMs: number,
): WorkerModel {
  switch (event.name) {
    case 'session.state': {
      const next = event.payload;
      const wasFace = model.session?.state === 'face';
      const fresh = next.state === 'idle' || next.state === 'consent';
      return {
        ...model,
        session: next,
        // A result belongs to the session that produced it: a fresh start forgets it.
        result: fresh ? null : model.result,
        unprintedSlip: fresh ? null : model.unprintedSlip,
        faceSinceMs: next.state !== 'face' ? null : wasFace ? model.faceSinceMs : nowMs,
      };
    }
    case 'session.result':
      return { ...model, result: event.payload };
    case 'device.status':
      return { ...model, device: event.payload };
    case 'queue.changed':
      return { ...model, queue: event.payload };
    case 'alarm':
      return model;
    case 'slip.unprinted':
      return { ...model, unprintedSlip: event.payload.text };
    default:
      return assertNever(event, 'event');
  }
}

/** The renderer's own camera failed (no device, permission refused) or recovered. */
export function withCameraFailed(model: WorkerModel, failed: boolean): WorkerModel {
  return model.cameraFailed === failed ? model : { ...model, cameraFailed: failed };
}
