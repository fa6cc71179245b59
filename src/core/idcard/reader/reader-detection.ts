import type { SamBaudRate } from '../protocol';
import type { HidApiNative } from '../transport/hid-native';
import { HID_PROFILES } from '../transport/hid-report-profile';
import { createHidTransport } from '../transport/hid-transport';
import {
  listReaderCandidates,
  type HidReaderModel,
  type ReaderCandidate,
  type ReaderEnumeration,
} from '../transport/reader-candidates';
import type { SamTransport } from '../transport/sam-link';
import { createSerialTransport, SERIAL_BAUD_RATES } from '../transport/serial-transport';
import { createUsbBulkTransport } from '../transport/usb-bulk-transport';
import { assertNever } from '../../../shared/result';
import { probeTransport, type ProbeOptions, type ProbeOutcome } from './sam-probe';

/** A serial port fixed by configuration: used as is, and no other serial device is ever probed. */
interface PinnedSerialPort {
  readonly path: string;
  /** Known rate; without it only this port is scanned at every supported rate. */
  readonly baudRate?: SamBaudRate;
}

/** What detection needs from the system and the configuration. */
export interface DetectionContext {
  readonly enumeration: ReaderEnumeration;
  readonly hidApi: () => Promise<HidApiNative>;
  readonly hidModels: readonly HidReaderModel[];
  readonly pinned?: PinnedSerialPort | undefined;
  readonly probe?: ProbeOptions;
  /** Rates tried on each serial candidate, in order. Default: every supported rate, fastest first. */
  readonly baudRates?: readonly SamBaudRate[];
  /** Makes serial transports; tests swap in in-memory readers. Default: createSerialTransport. */
  readonly serialTransport?: (path: string, baudRate: SamBaudRate) => SamTransport;
}

/** One candidate and what probing it found (for serial ports: at the first rate that answered, else the last tried). */
export interface DetectedCandidate {
  readonly candidate: ReaderCandidate;
  readonly outcome: ProbeOutcome;
}

/**
 * Probes candidates in order and reports each; with `firstOnly` it stops at the first reader found.
 * With a pinned port, that port is the only candidate: enumeration is not even asked. An aborted
 * `signal` ends the scan after the probe in progress.
 */
export async function detectReaders(
  context: DetectionContext,
  firstOnly: boolean,
  signal?: AbortSignal,
): Promise<DetectedCandidate[]> {
  const { pinned } = context;
  const candidates: ReaderCandidate[] = pinned
    ? [{ kind: 'serial', path: pinned.path, bridge: null }]
    : await listReaderCandidates(context.enumeration, context.hidModels);
  const rates = pinned?.baudRate ? [pinned.baudRate] : (context.baudRates ?? SERIAL_BAUD_RATES);
  const found: DetectedCandidate[] = [];
  for (const candidate of candidates) {
    if (signal?.aborted) break;
    const outcome = await probeCandidate(candidate, context, rates, signal);
    found.push({ candidate, outcome });
    if (firstOnly && outcome.status === 'found') break;
  }
  return found;
}

async function probeCandidate(
  candidate: ReaderCandidate,
  context: DetectionContext,
  rates: readonly SamBaudRate[],
  signal?: AbortSignal,
): Promise<ProbeOutcome> {
  switch (candidate.kind) {
    case 'serial': {
      let outcome: ProbeOutcome | null = null;
      for (const rate of rates) {
        const transport = (context.serialTransport ?? createSerialTransport)(candidate.path, rate);
        outcome = await probeTransport(transport, context.probe);
        // A port that cannot be opened will not open at another rate either.
        if (outcome.status !== 'silent' || signal?.aborted) return outcome;
      }
      if (!outcome) throw new RangeError('No baud rate to probe');
      return outcome;
    }
    case 'usb-bulk':
      return probeTransport(createUsbBulkTransport(candidate.device), context.probe);
    case 'hid':
      return probeTransport(
        createHidTransport(await context.hidApi(), candidate.path, HID_PROFILES[candidate.profile]),
        context.probe,
      );
    default:
      return assertNever(candidate, 'reader candidate');
  }
}

/**
 * The reader loop's connect step: the transport to use, or null when no reader answered. A
 * pinned port with a known rate is returned without probing (the loop's own SAM ID read checks it).
 */
export async function locateReader(
  context: DetectionContext,
  signal?: AbortSignal,
): Promise<SamTransport | null> {
  const { pinned } = context;
  if (pinned?.baudRate)
    return (context.serialTransport ?? createSerialTransport)(pinned.path, pinned.baudRate);
  const detected = await detectReaders(context, true, signal);
  const hit = detected.find((d) => d.outcome.status === 'found');
  return hit ? hit.outcome.transport : null;
}
