/**
 * The composition root: builds every service of the kiosk from its configuration and implements
 * the KioskApi once. The Electron main process, the browser host, the demo and the tests all start
 * the kiosk here; only the key vault, the face engine launcher, clock and logger differ.
 */
import type { KioskConfig } from '../shared/config/config-schema';
import type { KioskService } from '../shared/kiosk-api/kiosk-api';
import { CaptureSession } from './capture/capture-session';
import { sessionCommands } from './capture/session-commands';
import { systemClock, systemTimers, type Clock, type Timers } from './clock';
import { loadOrCreateDeviceKey } from './device/device-key';
import type { ConfigFiles } from './device/config-loader';
import type { KeyVault } from './device/key-vault';
import type { VaultStrength } from './device/selftest-vault';
import { loadBoundCalibration } from './face/match/calibration-binding';
import { createMatcher } from './face/match/match-decision';
import type { DetectionContext } from './idcard/reader/reader-detection';
import { readerLoopFromConfig } from './idcard/reader/reader-from-config';
import { cardSourcePort } from './devices/card-source-port';
import { consoleCommands, queueStatusOf } from './api/console-api';
import { deviceStatusOf } from './api/device-status';
import {
  checkAfterCommands,
  startDeviceStatusFeed,
  type DeviceStatusFeed,
} from './api/device-status-feed';
import { faceEnginePort } from './devices/face-engine-port';
import {
  analyzerOnceStarted,
  recordedModels,
  startFaceEngine,
} from './devices/face-engine-service';
import type { EngineLauncher } from './face/engine/engine-child';
import { KioskEvents } from './api/kiosk-events';
import { startFleetService } from './services/fleet-service';
import type { UpdateOfferHandler } from './fleet/update-offer';
import { recordSink } from './records/record-sink';
import { recordsCommands } from './api/records-api';
import { startRetentionService } from './services/retention-service';
import { sessionTally } from './services/session-tally';
import { slipService } from './services/slip-service';
import { setupCommands } from './api/setup-api';
import { staffCommands } from './api/staff-api';
import { StaffAccess } from './staff/staff-access';
import { startUploadService } from './services/upload-service';
import { KioskError } from './kiosk-error';
import { silentLogger, type Logger } from './log/logger';
import { selectPhotoDecoder } from './photo/select-photo-decoder';
import { capacityLimitsFor } from './store/capacity';
import { openRecordStore } from './store/record-store';

/** What the kiosk is built from: the resolved configuration and the parts a host or a test injects. */
export interface KioskOptions {
  readonly config: KioskConfig;
  readonly vault: KeyVault;
  readonly vaultStrength?: VaultStrength;
  /** Where setup commands save settings; null or absent: settings cannot be changed from the API. */
  readonly configPaths?: ConfigFiles | null;
  readonly clock?: Clock;
  readonly timers?: Timers;
  readonly logger?: Logger;
  /** Starts the face engine process: forked Node process by default; Electron passes a utilityProcess launcher. */
  readonly launchEngine?: EngineLauncher;
  /** Written into every record. */
  readonly appVersion?: string;
  /** Receives application updates the fleet offers (the Electron shell installs them); absent: ignored. */
  readonly offerUpdate?: UpdateOfferHandler;
  /** Makes the reader's serial transports (default: the system's ports; the demo's in-process cable). */
  readonly serialTransport?: DetectionContext['serialTransport'];
}

/** A running kiosk. */
export interface Kiosk {
  readonly api: KioskService;
  /** Stops the session, reader, uploader and engine process and closes the database. */
  close(): Promise<void>;
}

/** Builds and starts every kiosk service; on a failure, whatever was started is stopped again. */
export async function createKiosk(options: KioskOptions): Promise<Kiosk> {
  let config = options.config;
  // What the services read at start were built from; a change to those waits for a restart.
  const startedWith = options.config;
  const { vault } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const events = new KioskEvents(logger);
  const emit = events.emit.bind(events);
  const undo: Array<() => Promise<void> | void> = [];
  const close = async () => {
    for (const step of undo.splice(0).reverse()) await step();
  };
  const timers = options.timers ?? systemTimers;
  try {
    const { face, reader, capture, storage, upload } = config;
    const calibration = await loadBoundCalibration(face.modelsDir);
    const matcher = createMatcher({
      calibration,
      operatingPoint: face.operatingPoint,
      bestFrames: capture.framesForMatch,
    });
    const targetFar = calibration.operatingPoints[face.operatingPoint]?.far ?? 0;
    const models = await recordedModels(face.modelsDir);
    // Loading and warming the models is most of the start-up: it runs while the store opens and
    // the reader is searched for; the kiosk is ready once both are done.
    const engineStarting = startFaceEngine({
      modelsDir: face.modelsDir,
      logger,
      launch: options.launchEngine,
      flipEmbedding: calibration.computedOn.flipEmbedding,
    });
    // Settled here so a failure while the rest starts is not an unhandled rejection; awaited below.
    const engineStarted = engineStarting.then(
      (engine) => ({ ok: true as const, engine }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    undo.push(async () => {
      const started = await engineStarted;
      if (started.ok) await started.engine.stop();
    });
    const decoder = selectPhotoDecoder(reader.photoDecoder, {
      allowSimulation: reader.allowSimulation,
    });
    const deviceKey = loadOrCreateDeviceKey(vault);
    const store = openRecordStore({
      file: storage.dbPath,
      vault,
      deviceKey,
      clock,
      limits: () => capacityLimitsFor(config.storage),
    });
    undo.push(() => store.close());
    const uploads = startUploadService({
      upload,
      outbox: store.outbox,
      deviceKey,
      vault,
      clock,
      logger,
      emit,
      queueChanged: () => emit({ name: 'queue.changed', payload: queueStatusOf(queueDeps) }),
    });
    undo.push(() => uploads.stop());
    const queueDeps = { outbox: store.outbox, clock, lastUploadOkAtMs: uploads.lastUploadOkAtMs };
    const loop = readerLoopFromConfig(reader, logger, options.serialTransport);
    const cards = cardSourcePort(loop, decoder, logger);
    undo.push(() => loop.stop());
    undo.push(() => cards.detach());
    const retention = startRetentionService({
      store,
      settings: () => config.upload,
      clock,
      timers,
      logger,
      emit,
    });
    undo.push(() => retention.stop());
    const tally = sessionTally(store, clock, logger);
    const printSlip = slipService({ config: () => config, emit, clock, logger });
    let statusFeed: DeviceStatusFeed | null = null;
    const session = new CaptureSession({
      cards: cards.source,
      // The turn challenge's side must be unpredictable to whoever holds up a recording.
      face: faceEnginePort(analyzerOnceStarted(engineStarting), Math.random),
      matcher,
      clock,
      logger,
      timers,
      policy: capture,
      livenessLevel: face.livenessLevel,
      records: recordSink({
        store,
        logger,
        context: {
          deviceId: config.device.id,
          pointCode: config.device.pointCode,
          appVersion: options.appVersion ?? '0.1.0',
          models,
          targetFar,
        },
        appended: () => {
          uploads.wake();
          emit({ name: 'queue.changed', payload: queueStatusOf(queueDeps) });
        },
      }),
      emit: (event) => {
        if (event.name === 'session.result') tally.count(event.payload);
        // After the result is on screen; a printer fault becomes an alarm, never a stuck capture.
        if (event.name === 'session.result' && event.payload.outcome === 'pass')
          void printSlip().catch((error: unknown) =>
            logger.log('error', 'printer.failed', {
              error: error instanceof Error ? error.name : 'unknown',
            }),
          );
        emit(event);
        if (event.name === 'session.state') statusFeed?.check();
      },
    });
    undo.push(() => session.dispose());
    const staff = new StaffAccess(store.db, () => config.operator, clock);
    const operator = () => {
      const who = staff.current();
      return who ? { id: who.account, role: who.role } : null;
    };
    const logStaff = staff.log.bind(staff);
    const operatingPoints = Object.keys(calibration.operatingPoints);
    const deviceStatus = () =>
      deviceStatusOf({
        config: () => config,
        startedWith,
        cards,
        store,
        uploads,
        session,
        operator,
      });
    // The snapshot a screen starts from: the session state and device status as they are now.
    emit({ name: 'session.state', payload: session.state });
    emit({ name: 'queue.changed', payload: queueStatusOf(queueDeps) });
    const feed = startDeviceStatusFeed(deviceStatus, emit, timers, (error) =>
      logger.log('error', 'kiosk.device-status-unreadable', {
        code: error instanceof KioskError ? error.code : 'unexpected',
      }),
    );
    statusFeed = feed;
    undo.push(() => feed.stop());
    undo.push(loop.on(() => feed.check()));
    loop.start();
    const started = await engineStarted;
    if (!started.ok) throw started.error;
    const api: KioskService = checkAfterCommands(
      {
        ...sessionCommands(session, operator, logStaff),
        ...consoleCommands({
          config: () => config,
          staff,
          session,
          tally,
          ...queueDeps,
          deviceStatus,
        }),
        ...recordsCommands({
          tally,
          retention,
          store,
          operator,
          logStaff,
          requeued: () => {
            uploads.wake();
            emit({ name: 'queue.changed', payload: queueStatusOf(queueDeps) });
          },
        }),
        ...setupCommands({
          config: () => config,
          startedWith,
          setConfig: (next) => (config = next),
          configPaths: options.configPaths ?? null,
          vault,
          vaultStrength: options.vaultStrength ?? { kind: 'file' },
          keyId: () => deviceKey.keyId,
          reader: () => {
            const { samId } = cards.status();
            return samId ? { where: 'reader loop', samId } : null;
          },
          clock,
          staff,
          operatingPoints: () => operatingPoints,
        }),
        ...staffCommands({ db: store.db, staff, clock }),
        subscribe: (listener) => events.subscribe(listener),
        authorize: (required) => staff.authorize(required),
      },
      feed.check,
    );
    const fleet = await startFleetService({
      config: () => config,
      setConfig: (next) => (config = next),
      configPaths: options.configPaths ?? null,
      deviceKey,
      operatingPoints,
      clock,
      timers,
      logger,
      appVersion: options.appVersion ?? '0.1.0',
      status: deviceStatus,
      queue: () => queueStatusOf(queueDeps),
      today: () => tally.today(),
      sessionIdle: () => session.state.state === 'idle',
      subscribe: (listener) => events.subscribe(listener),
      offerUpdate: options.offerUpdate,
    });
    undo.push(() => fleet?.stop());
    logger.log('info', 'kiosk.started', {
      endpoint: upload.endpoint !== null,
      reader: reader.port.mode,
    });
    return { api, close };
  } catch (error) {
    await close();
    throw error;
  }
}
