import { describe, expect, it } from 'vitest';
import { photoErrorThrownBy } from './photo-error';
import { BMP_BYTES, RAW_BGR_BYTES, wltOutputToRgb } from '../../../src/core/photo/wlt-output-image';

/** A 24-bit BMP whose stored row r is filled with blue = r, green = 200, red = 100. */
function bmp({ width = 102, height = 126, bits = 24, dibSize = 40 } = {}): Buffer {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const out = Buffer.alloc(54 + stride * Math.abs(height));
  out.write('BM', 0, 'latin1');
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(dibSize, 14);
  out.writeInt32LE(width, 18);
  out.writeInt32LE(height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(bits, 28);
  for (let row = 0; row < Math.abs(height); row += 1) {
    for (let x = 0; x < width; x += 1) out.set([row, 200, 100], 54 + row * stride + 3 * x);
  }
  return out;
}

const blueAtRow = (image: { data: Uint8Array }, y: number) => image.data[(y * 102 + 5) * 3 + 2];

describe('vendor decoder output to RGB', () => {
  it('has the documented sizes', () => {
    expect([RAW_BGR_BYTES, BMP_BYTES]).toEqual([38556, 38862]);
  });

  it('flips a bottom-up BMP (positive height) and swaps BGR to RGB', () => {
    const image = wltOutputToRgb(bmp());
    expect(blueAtRow(image, 0)).toBe(125);
    expect(blueAtRow(image, 125)).toBe(0);
    expect([...image.data.subarray(0, 2)]).toEqual([100, 200]);
  });

  it('keeps a top-down BMP (negative height) in order', () => {
    const image = wltOutputToRgb(bmp({ height: -126 }));
    expect(blueAtRow(image, 0)).toBe(0);
    expect(blueAtRow(image, 125)).toBe(125);
  });

  it.each([
    ['a 32-bit BMP', { bits: 32 }],
    ['a BMP of the wrong width', { width: 100 }],
    ['a BMP of the wrong height', { height: 120 }],
  ])('rejects %s', (_what, shape) => {
    expect(photoErrorThrownBy(() => wltOutputToRgb(bmp(shape))).failure.reason).toBe(
      'wrong-output-size',
    );
  });

  it('rejects a BMP whose pixels run past the buffer', () => {
    expect(
      photoErrorThrownBy(() => wltOutputToRgb(bmp().subarray(0, BMP_BYTES - 1))).failure.reason,
    ).toBe('wrong-output-size');
  });

  it('reads raw BGR that happens to start with "BM" as pixels', () => {
    const raw = Buffer.alloc(RAW_BGR_BYTES, 9);
    raw.write('BM', 0, 'latin1');
    expect([...wltOutputToRgb(raw).data.subarray(0, 3)]).toEqual([9, 0x4d, 0x42]);
  });

  it('rejects raw output that is too short', () => {
    expect(
      photoErrorThrownBy(() => wltOutputToRgb(new Uint8Array(RAW_BGR_BYTES - 1))).failure.reason,
    ).toBe('wrong-output-size');
  });
});
