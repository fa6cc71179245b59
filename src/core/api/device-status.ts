/** The device status the operator console shows: reader, camera, engine, store, clock, lock, login and settings waiting for a restart. */
import type { KioskConfig } from '../../shared/config/config-schema';
import type { DeviceStatus } from '../../shared/kiosk-api/device-status';
import type { CaptureSession } from '../capture/capture-session';
import { acceptanceByAlarms } from '../store/capacity';
import type { RecordStore } from '../store/record-store';
import type { CardSourcePort } from '../devices/card-source-port';
import type { Operator } from '../capture/ports';
import type { UploadService } from '../services/upload-service';
import { waitingForRestart } from './restart-settings';

/** What the status is read from. */
export interface DeviceStatusParts {
  readonly config: () => KioskConfig;
  /** The configuration the running services were built from. */
  readonly startedWith: KioskConfig;
  readonly cards: Pick<CardSourcePort, 'status'>;
  readonly store: Pick<RecordStore, 'capacity'>;
  readonly uploads: Pick<UploadService, 'clockOk'>;
  readonly session: Pick<CaptureSession, 'state'>;
  readonly operator: () => Operator | null;
}

/** The status now. The engine is ready once the kiosk runs: it was warmed up before, and restarts itself. */
export function deviceStatusOf(parts: DeviceStatusParts): DeviceStatus {
  const config = parts.config();
  const { usage, alarms } = parts.store.capacity();
  // The store's own check on the same measure, so the screen turns away a worker exactly when a
  // record could not be kept.
  const acceptance = acceptanceByAlarms(alarms);
  return {
    reader: parts.cards.status(),
    camera: { deviceId: config.camera.deviceId, label: config.camera.label },
    faceEngine: 'ready',
    disk: { freeBytes: usage.freeDiskBytes },
    storeFull: acceptance.ok ? null : acceptance.error.kind,
    waitingForRestart: waitingForRestart(parts.startedWith, config),
    clockOk: parts.uploads.clockOk(),
    kioskLocked: parts.session.state.state === 'locked',
    operatorLoggedIn: parts.operator() !== null,
  };
}
