// The slip as ESC/POS bytes: initialise, the slip as one raster image (GS v 0), feed and cut.
// The encoder is @point-of-sale/receipt-printer-encoder (MIT, maintained, five small dependencies).
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { drawSlip, type SlipContent } from './slip-image';

/** Encodes a slip for an ESC/POS printer `widthDots` wide. */
export async function encodeSlip(content: SlipContent, widthDots: number): Promise<Uint8Array> {
  const image = await drawSlip(content, widthDots);
  // The raster is cut into 8-dot bands: keep the height a multiple of 8.
  const height = Math.ceil(image.info.height / 8) * 8;
  return new ReceiptPrinterEncoder({
    language: 'esc-pos',
    imageMode: 'raster',
    width: widthDots / 12,
  })
    .initialize()
    .image(image, widthDots, height, 'threshold', 128)
    .newline(4)
    .cut()
    .encode();
}
