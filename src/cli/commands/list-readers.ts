// `kiosk list-readers`: what auto-detection finds, candidate by candidate.
import { parseArgs } from 'node:util';
import { detectReaders, type DetectedCandidate } from '../../core/idcard/reader/reader-detection';
import { loadHidApi } from '../../core/idcard/transport/hid-native';
import type {
  HidReaderModel,
  ReaderCandidate,
} from '../../core/idcard/transport/reader-candidates';
import { SERIAL_BAUD_RATES } from '../../core/idcard/transport/serial-transport';
import { systemReaderEnumeration } from '../../core/idcard/transport/system-enumeration';
import { READER_TEXT } from '../../shared/i18n/catalog-reader';
import { assertNever } from '../../shared/result';
import { UsageError, type CliCommand } from '../command';

const usage = `Usage: kiosk list-readers [--json] [--port P [--baud B]] [--hid VID:PID]...

Probes every candidate with the SAM ID command (12 FF) and prints what answered: SAM USB bulk
devices (0400:C35A, 0483:5652), HID models given with --hid (icbc-64 report profile), serial ports
on known USB-serial bridges, then every other serial port, each at 115200, 57600, 38400, 19200
and 9600 baud.
  --json          print a JSON array
  --port P        probe only this serial port (as a pinned port: nothing else is touched)
  --baud B        with --port: only this rate
  --hid VID:PID   also probe this HID model (hex ids, e.g. 1234:0001); repeatable
Exit codes: 0 at least one reader found, 2 usage, 3 none found.`;

function hidModel(text: string): HidReaderModel {
  const match = /^([0-9a-f]{4}):([0-9a-f]{4})$/i.exec(text);
  if (!match) throw new UsageError(`--hid wants VID:PID in hex, e.g. 1234:0001, not ${text}`);
  return {
    vendorId: Number.parseInt(match[1]!, 16),
    productId: Number.parseInt(match[2]!, 16),
    profile: 'icbc-64',
  };
}

function where(candidate: ReaderCandidate): string {
  switch (candidate.kind) {
    case 'serial':
      return `serial ${candidate.path}${candidate.bridge ? ` (${candidate.bridge})` : ''}`;
    case 'usb-bulk':
      return `usb ${candidate.device.bus}:${candidate.device.address}`;
    case 'hid':
      return `hid ${candidate.path} (${candidate.profile})`;
    default:
      return assertNever(candidate, 'reader candidate');
  }
}

function row({ candidate, outcome }: DetectedCandidate) {
  const base = {
    candidate: where(candidate),
    kind: candidate.kind,
    transport: outcome.transport.description,
  };
  switch (outcome.status) {
    case 'found':
      return { ...base, status: outcome.status, samId: outcome.samId };
    case 'silent':
      return { ...base, status: outcome.status };
    case 'unavailable':
      return {
        ...base,
        status: outcome.status,
        reason: outcome.error.reason,
        text: outcome.error.text,
      };
    default:
      return assertNever(outcome, 'probe outcome');
  }
}

/** The list-readers subcommand. */
export const listReadersCommand: CliCommand = {
  name: 'list-readers',
  summary: 'Probe serial, USB and HID candidates for an ID card reader',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        json: { type: 'boolean', default: false },
        port: { type: 'string' },
        baud: { type: 'string' },
        hid: { type: 'string', multiple: true, default: [] },
      },
      strict: true,
    });
    const baud =
      values.baud === undefined
        ? undefined
        : SERIAL_BAUD_RATES.find((r) => r === Number(values.baud));
    if (values.baud !== undefined && (!baud || !values.port)) {
      throw new UsageError(`--baud needs --port and one of ${SERIAL_BAUD_RATES.join(', ')}`);
    }
    const rows = (
      await detectReaders(
        {
          enumeration: systemReaderEnumeration,
          hidApi: loadHidApi,
          hidModels: values.hid.map(hidModel),
          pinned: values.port
            ? { path: values.port, ...(baud ? { baudRate: baud } : {}) }
            : undefined,
        },
        false,
      )
    ).map(row);
    const found = rows.some((r) => r.status === 'found');
    if (values.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else {
      for (const r of rows) {
        const detail =
          r.status === 'found'
            ? `SAM ID ${r.samId}`
            : r.status === 'unavailable'
              ? `${r.reason}: ${r.text.en}`
              : 'no SAM answer';
        process.stdout.write(`${r.status.padEnd(12)} ${r.transport.padEnd(36)} ${detail}\n`);
      }
      if (!found)
        process.stdout.write(
          `${READER_TEXT['detect.none']['zh-CN']}\n${READER_TEXT['detect.none'].en}\n`,
        );
    }
    return found ? 0 : 3;
  },
};
