// A thermal printer that is not there: the device end of an in-process serial cable. It answers
// the paper status query like an Epson-compatible printer, keeps every byte it receives, and
// renders what the kiosk emits (ESC @, FS ., ESC M, GS v 0 rasters, LF/CR feeds, GS V cut) to a
// PNG a person can look at. Any other command fails the render, so a change in what we send shows.
import { SerialPortStream } from '@serialport/stream';
import sharp from 'sharp';
import { createMockSerialCable } from '../../src/core/idcard/transport/mock-serial-cable';
import type { SerialBinding } from '../../src/core/idcard/transport/serial-transport';
import { Listeners } from '../../src/shared/listeners';

/** A fake printer on the device end of a mock cable. */
export interface FakePrinter {
  /** Where the kiosk opens its printer, and the binding to open it with. */
  readonly path: string;
  readonly binding: SerialBinding;
  /** Bytes received, status queries included. */
  received(): Buffer;
  /** Resolves once `count` bytes have arrived (the cable delivers a drained write in chunks). */
  receivedAtLeast(count: number): Promise<Buffer>;
  /** Makes the paper sensor report an empty roll (or a full one again). */
  setPaperOut(out: boolean): void;
  close(): Promise<void>;
}

/** Starts a fake printer; it answers DLE EOT 4 with "paper present" until told otherwise. */
export async function startFakePrinter(): Promise<FakePrinter> {
  const cable = createMockSerialCable();
  const device = new SerialPortStream({
    binding: cable.binding,
    path: cable.devicePath,
    baudRate: 9600,
    autoOpen: false,
  });
  await new Promise<void>((resolve, reject) => device.open((e) => (e ? reject(e) : resolve())));
  const chunks: Buffer[] = [];
  let paperOut = false;
  const arrived = new Listeners<void>();
  device.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    arrived.emit();
    // DLE EOT 4: 0x12 is "paper present"; bits 5 and 6 set mean the roll is empty.
    if (chunk.includes(Buffer.from([0x10, 0x04, 0x04])))
      device.write(Buffer.from([paperOut ? 0x72 : 0x12]));
  });
  return {
    path: cable.hostPath,
    binding: cable.binding,
    received: () => Buffer.concat(chunks),
    receivedAtLeast: (count) =>
      new Promise<Buffer>((resolve) => {
        const check = () => {
          const all = Buffer.concat(chunks);
          if (all.length < count) return;
          stop();
          resolve(all);
        };
        const stop = arrived.add(check);
        check();
      }),
    setPaperOut: (out) => (paperOut = out),
    close: () => new Promise<void>((resolve) => device.close(() => resolve())),
  };
}

const FEED_ROWS = 24;

/** Renders the ESC/POS bytes of one slip to a PNG (white paper, black dots). */
export async function renderEscPos(
  bytes: Buffer,
): Promise<{ png: Buffer; widthDots: number; heightDots: number; darkDots: number }> {
  const rows: Uint8Array[] = [];
  let widthBytes = 0;
  let i = 0;
  const feed = () => {
    for (let r = 0; r < FEED_ROWS; r += 1) rows.push(new Uint8Array(widthBytes));
  };
  while (i < bytes.length) {
    const at = (k: number) => bytes[i + k] ?? -1;
    if (at(0) === 0x10 && at(1) === 0x04)
      i += 3; // status query
    else if (at(0) === 0x1b && at(1) === 0x40)
      i += 2; // ESC @ initialise
    else if (at(0) === 0x1c && at(1) === 0x2e)
      i += 2; // FS . cancel Kanji mode
    else if (at(0) === 0x1b && at(1) === 0x4d)
      i += 3; // ESC M font
    else if (at(0) === 0x0d) i += 1;
    else if (at(0) === 0x0a) {
      feed();
      i += 1;
    } else if (at(0) === 0x1d && at(1) === 0x56)
      i += at(2) >= 65 ? 4 : 3; // GS V cut
    else if (at(0) === 0x1d && at(1) === 0x76 && at(2) === 0x30) {
      const xBytes = at(4) + 256 * at(5);
      const yDots = at(6) + 256 * at(7);
      widthBytes = Math.max(widthBytes, xBytes);
      for (let r = 0; r < yDots; r += 1)
        rows.push(bytes.subarray(i + 8 + r * xBytes, i + 8 + (r + 1) * xBytes));
      i += 8 + xBytes * yDots;
    } else throw new Error(`unexpected ESC/POS byte 0x${at(0).toString(16)} at ${i}`);
  }
  const widthDots = widthBytes * 8;
  const pixels = Buffer.alloc(widthDots * rows.length, 255);
  let darkDots = 0;
  rows.forEach((row, y) => {
    for (let x = 0; x < widthDots; x += 1) {
      if (((row[x >> 3] ?? 0) >> (7 - (x & 7))) & 1) {
        pixels[y * widthDots + x] = 0;
        darkDots += 1;
      }
    }
  });
  const png = await sharp(pixels, { raw: { width: widthDots, height: rows.length, channels: 1 } })
    .png()
    .toBuffer();
  return { png, widthDots, heightDots: rows.length, darkDots };
}
