/** The receipt printer of a closed terminal: optional per deployment. */
import { z } from 'zod';

/** No printer, or an ESC/POS thermal printer on a serial port (USB printers with a CDC/serial bridge included). */
export const printerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('escpos-serial'),
    path: z.string().min(1),
    baudRate: z.union([z.literal(9600), z.literal(19200), z.literal(38400), z.literal(115200)]),
    /** Printable width in dots: 384 for 58 mm paper, 576 for 80 mm. */
    widthDots: z.union([z.literal(384), z.literal(576)]),
  }),
]);
