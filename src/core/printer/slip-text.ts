/** The slip as plain text, for the QR code the pass screen shows when the slip cannot be printed. */
import type { SlipContent } from './slip-image';

/** The slip's title, lines and QR targets, one per line, as the paper would have them. */
export function slipText(content: SlipContent): string {
  return [
    content.title,
    ...content.lines,
    ...content.qrCodes.map((qr) =>
      qr.caption === qr.text ? qr.text : `${qr.caption}: ${qr.text}`,
    ),
  ].join('\n');
}
