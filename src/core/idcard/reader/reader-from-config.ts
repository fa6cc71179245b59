import type { KioskConfig } from '../../../shared/config/config-schema';
import type { Logger } from '../../log/logger';
import { parseCard } from '../card/parse-card';
import { loadHidApi } from '../transport/hid-native';
import type { HidReaderModel } from '../transport/reader-candidates';
import { systemReaderEnumeration } from '../transport/system-enumeration';
import { locateReader, type DetectionContext } from './reader-detection';
import { ReaderLoop } from './reader-loop';

/**
 * Where detection looks, from the reader section of the configuration: a pinned port is used at
 * the configured rate as is; in auto mode every candidate is probed at every rate.
 */
export function detectionContextFromConfig(
  reader: KioskConfig['reader'],
  hidModels: readonly HidReaderModel[] = [],
  serialTransport?: DetectionContext['serialTransport'],
): DetectionContext {
  return {
    serialTransport,
    enumeration: systemReaderEnumeration,
    hidApi: loadHidApi,
    hidModels,
    pinned:
      reader.port.mode === 'pinned'
        ? { path: reader.port.path, baudRate: reader.baudRate }
        : undefined,
  };
}

/** The reader loop the kiosk runs, built from its configuration (start it with `start()`). */
export function readerLoopFromConfig(
  reader: KioskConfig['reader'],
  logger: Logger,
  serialTransport?: DetectionContext['serialTransport'],
): ReaderLoop {
  const context = detectionContextFromConfig(reader, [], serialTransport);
  return new ReaderLoop({
    locate: (signal) => locateReader(context, signal),
    parse: parseCard,
    pollIntervalMs: reader.pollIntervalMs,
    logger,
  });
}
