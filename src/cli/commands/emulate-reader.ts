// `kiosk emulate-reader`: serves the SAM emulator on a serial port, e.g. one end of a socat pty pair.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  parseSpeed,
  applyControlLine,
  CONTROL_USAGE,
  setFault,
} from '../../core/idcard/emulator/emulator-control';
import { FAULT_NAMES, isFaultName } from '../../core/idcard/emulator/emulator-faults';
import { loadCardProfile } from '../../core/idcard/emulator/load-card-profile';
import { startPlacementSchedule } from '../../core/idcard/emulator/placement-schedule';
import { SamEmulator } from '../../core/idcard/emulator/sam-emulator';
import { encodeSamId } from '../../core/idcard/protocol/sam-id';
import { serveEmulatorOnSerial } from '../../core/idcard/emulator/serial-emulator';
import { KioskError } from '../../core/kiosk-error';
import { createJsonLogger } from '../../core/log/logger';
import { UsageError, type CliCommand } from '../command';

const usage = `Usage: kiosk emulate-reader --port PATH [--profile NAME|FILE ...] [--baud B]
         [--delay-ms N | --real-speed] [--fault NAME ...] [--present-after-ms N] [--remove-after-ms N]
         [--sam-id ID]

Serves an emulated ID card reader SAM on a serial port until SIGINT/SIGTERM (exit 0); exits 1
when the port closes under it (e.g. the dead-port fault).
  --port PATH            serial port to serve, e.g. the far end of: socat -d pty,raw,echo=0,link=/tmp/host pty,raw,echo=0,link=/tmp/sam
  --profile NAME|FILE    card profile (shipped: resident, resident-long-term, residence-permit,
                         foreign-permanent-2017, foreign-permanent-2023; or a JSON file). Repeat to cycle cards.
  --baud B               initial baud rate (default 115200)
  --delay-ms N           answer every command after N ms
  --real-speed           answer about as fast as a real SAM (~1 s per read cycle)
  --fault NAME           ${FAULT_NAMES.join(', ')} (repeatable)
  --present-after-ms N   place each card N ms after start / after the previous one was lifted (default 0)
  --remove-after-ms N    lift each card N ms after placing it, then present the next profile
                         (without it the first card stays; several profiles need it)
  --sam-id ID            SAM ID to report (default 05.01-20170808-0001234567-0305419896)

Protocol for drivers: stdout prints "ready PATH" once the port is served; each stdin line is a
control command, answered on stdout with "ok ..." or "error ...":
  ${CONTROL_USAGE.join('\n  ')}
Logs (JSON lines, no personal data: commands, status words, profile names) go to stderr.`;

const nonNegative = (name: string, value: string | undefined): number | null => {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--${name} must be a whole number of ms, not ${value}`);
  return Number(value);
};

/** The emulate-reader subcommand. */
export const emulateReaderCommand: CliCommand = {
  name: 'emulate-reader',
  summary: 'Serve an emulated ID card reader (SAM) on a serial port',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        profile: { type: 'string', multiple: true, default: [] },
        baud: { type: 'string', default: '115200' },
        'delay-ms': { type: 'string' },
        'real-speed': { type: 'boolean', default: false },
        fault: { type: 'string', multiple: true, default: [] },
        'present-after-ms': { type: 'string' },
        'remove-after-ms': { type: 'string' },
        'sam-id': { type: 'string' },
      },
      strict: true,
    });
    if (!values.port) throw new UsageError('--port is required');
    const baudRate = Number(values.baud);
    if (!Number.isInteger(baudRate) || baudRate <= 0)
      throw new UsageError(`--baud must be a baud rate, not ${values.baud}`);
    const delayMs = nonNegative('delay-ms', values['delay-ms']);
    if (delayMs !== null && values['real-speed'])
      throw new UsageError('use --delay-ms or --real-speed, not both');
    const removeAfterMs = nonNegative('remove-after-ms', values['remove-after-ms']);
    if (values.profile.length > 1 && removeAfterMs === null)
      throw new UsageError('several profiles need --remove-after-ms');
    const unknownFault = values.fault.find((name) => !isFaultName(name));
    if (unknownFault)
      throw new UsageError(`unknown fault ${unknownFault}; use one of ${FAULT_NAMES.join(', ')}`);
    const samId = values['sam-id'];
    if (samId !== undefined && !encodeSamId(samId)) {
      throw new UsageError(
        `--sam-id must look like 05.01-20170808-0001234567-0305419896, not ${samId}`,
      );
    }
    const logger = createJsonLogger();

    try {
      const placements = await Promise.all(values.profile.map(loadCardProfile));
      const emulator = new SamEmulator(samId ? { samId } : {});
      const speed = values['real-speed'] ? parseSpeed('real') : parseSpeed(String(delayMs ?? 0));
      const served = await serveEmulatorOnSerial(emulator, {
        path: values.port,
        baudRate,
        logger,
        speed: speed ?? undefined,
      });
      for (const fault of values.fault.filter(isFaultName))
        setFault(emulator, served.responder, fault, true);
      const schedule = values.fault.includes('no-card')
        ? { stop() {} }
        : startPlacementSchedule(emulator, placements, {
            presentAfterMs: nonNegative('present-after-ms', values['present-after-ms']) ?? 0,
            removeAfterMs,
            logger,
          });
      const control = createInterface({ input: process.stdin });
      control.on('line', (line) => {
        applyControlLine(line, emulator, served.responder).then(
          (reply) => process.stdout.write(`${reply}\n`),
          (error: unknown) =>
            process.stdout.write(
              `error ${error instanceof KioskError ? error.text.en : String(error)}\n`,
            ),
        );
      });
      logger.log('info', 'emulator.ready', { path: values.port, baudRate });
      process.stdout.write(`ready ${values.port}\n`);

      const outcome = await new Promise<'signal' | 'port-closed'>((resolve) => {
        process.once('SIGINT', () => resolve('signal'));
        process.once('SIGTERM', () => resolve('signal'));
        void served.closed.then(() => resolve('port-closed'));
      });
      schedule.stop();
      control.close();
      process.stdin.destroy();
      await served.close();
      logger.log('info', 'emulator.stopped', { reason: outcome });
      return outcome === 'signal' ? 0 : 1;
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      process.stderr.write(`${error.text['zh-CN']}\n${error.text.en}\n`);
      return 1;
    }
  },
};
