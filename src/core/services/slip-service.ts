// Prints the worker's slip after a pass where the deployment has a printer. Printing never holds
// up a capture: it runs after the result is shown, and an absent printer or an empty roll only
// raises a console alarm, and the pass screen shows the slip as a QR code instead.
import type { KioskConfig } from '../../shared/config/config-schema';
import { KIOSK_MESSAGES } from '../../shared/i18n/catalog-kiosk';
import type { LocalizedText } from '../../shared/i18n/locale';
import type { KioskEvent } from '../../shared/kiosk-api/events';
import { assertNever } from '../../shared/result';
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { encodeSlip } from '../printer/escpos-slip';
import { nextStepsSlip } from '../printer/next-steps-slip';
import { slipText } from '../printer/slip-text';
import {
  createSerialPrinter,
  type PrintOutcome,
  type SlipPrinter,
} from '../printer/serial-printer';

/** What the slip service needs. */
export interface SlipServiceOptions {
  readonly config: () => KioskConfig;
  readonly emit: (event: KioskEvent) => void;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The printer; by default the configured serial printer, or none. */
  readonly printer?: SlipPrinter | null;
}

/** Prints a slip for a pass; resolves to what happened, or null without a printer. */
export type SlipService = () => Promise<PrintOutcome | null>;

/** Builds the slip service from the configured printer. */
export function slipService(options: SlipServiceOptions): SlipService {
  const settings = options.config().printer;
  const printer =
    options.printer !== undefined
      ? options.printer
      : settings.kind === 'escpos-serial'
        ? createSerialPrinter({ path: settings.path, baudRate: settings.baudRate })
        : null;
  const alarm = (code: string, text: LocalizedText) =>
    options.emit({
      name: 'alarm',
      payload: { code, severity: 'warning', text, atMs: options.clock.now() },
    });
  return async () => {
    if (!printer) return null;
    const config = options.config();
    const widthDots = config.printer.kind === 'escpos-serial' ? config.printer.widthDots : 384;
    const slip = nextStepsSlip(config.ui, config.ui.locale);
    const outcome = await printer.print(await encodeSlip(slip, widthDots));
    const showInstead = () =>
      options.emit({ name: 'slip.unprinted', payload: { text: slipText(slip) } });
    options.logger.log(outcome.kind === 'printed' ? 'info' : 'warn', 'printer.slip', {
      outcome: outcome.kind,
    });
    switch (outcome.kind) {
      case 'printed':
        return outcome;
      case 'absent':
        alarm('printer.absent', KIOSK_MESSAGES.printerAbsent);
        showInstead();
        return outcome;
      case 'out-of-paper':
        alarm('printer.out-of-paper', KIOSK_MESSAGES.printerOutOfPaper);
        showInstead();
        return outcome;
      default:
        return assertNever(outcome, 'print outcome');
    }
  };
}
