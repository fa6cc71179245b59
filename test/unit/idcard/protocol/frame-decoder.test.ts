import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES, MAX_LEN } from '../../../../src/core/idcard/protocol/frame-format';
import {
  createRequestDecoder,
  encodeRequest,
} from '../../../../src/core/idcard/protocol/request-frame';
import {
  createResponseDecoder,
  encodeResponse,
  type ResponseFrame,
} from '../../../../src/core/idcard/protocol/response-frame';
import { hex } from './hex';

const responseArb: fc.Arbitrary<ResponseFrame> = fc.record({
  sw1: fc.integer({ min: 0, max: 255 }),
  sw2: fc.integer({ min: 0, max: 255 }),
  sw3: fc.integer({ min: 0, max: 255 }),
  data: fc.uint8Array({ maxLength: 300 }),
});
// Line noise without 0xAA cannot contain a preamble, so every frame must come back untouched.
const noiseArb = fc
  .uint8Array({ maxLength: 40 })
  .map((bytes) => bytes.map((b) => (b === 0xaa ? 0x55 : b)));

// Random bytes rarely contain a preamble, so mix in preambles with random LENs and real frames.
const hostileChunkArb = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc
        .tuple(fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 40 }))
        .map(([len, rest]) =>
          Uint8Array.from([0xaa, 0xaa, 0xaa, 0x96, 0x69, len >> 8, len & 0xff, ...rest]),
        ),
      responseArb.map(encodeResponse),
    ),
    { maxLength: 5 },
  )
  .map((parts) => Uint8Array.from(Buffer.concat(parts)));

const concat = (parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(from, point));
    from = point;
  }
  return chunks;
}

describe('response decoder', () => {
  it('decodes frames split at random points with noise between them into exactly the same frames', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(noiseArb, responseArb), { maxLength: 6 }),
        noiseArb,
        fc.array(fc.nat(), { maxLength: 20 }),
        (pairs, tail, cuts) => {
          const stream = concat([
            ...pairs.flatMap(([noise, frame]) => [noise, encodeResponse(frame)]),
            tail,
          ]);
          const decoder = createResponseDecoder();
          const results = splitAt(stream, cuts).flatMap((chunk) => decoder.push(chunk));
          expect(results.every((r) => r.ok)).toBe(true);
          expect(
            results.map((r) => (r.ok ? { ...r.value, data: [...r.value.data] } : null)),
          ).toEqual(pairs.map(([, frame]) => ({ ...frame, data: [...frame.data] })));
        },
      ),
    );
  });

  it('turns any bytes into frames or typed errors, never throws, never holds more than one frame', () => {
    fc.assert(
      fc.property(fc.array(hostileChunkArb, { maxLength: 12 }), (chunks) => {
        const decoder = createResponseDecoder();
        for (const chunk of chunks) {
          for (const result of decoder.push(chunk)) {
            if (!result.ok)
              expect(['bad-checksum', 'bad-length', 'oversize']).toContain(result.error.reason);
          }
          expect(decoder.bufferedBytes).toBeLessThan(MAX_FRAME_BYTES);
        }
      }),
    );
  });

  it('decodes several frames delivered in one chunk', () => {
    const frames = [0x90, 0x9f, 0x41].map((sw3) =>
      encodeResponse({ sw1: 0, sw2: 0, sw3, data: hex('01 02') }),
    );
    const results = createResponseDecoder().push(concat(frames));
    expect(results.map((r) => r.ok && r.value.sw3)).toEqual([0x90, 0x9f, 0x41]);
  });

  it('decodes a frame delivered one byte at a time', () => {
    const frame = encodeResponse({ sw1: 1, sw2: 2, sw3: 0x90, data: new Uint8Array(1290).fill(7) });
    const decoder = createResponseDecoder();
    const results = Array.from(frame).flatMap((byte) => decoder.push(Uint8Array.of(byte)));
    expect(results).toHaveLength(1);
    expect(results[0]?.ok && results[0].value.data.length).toBe(1290);
    expect(decoder.bufferedBytes).toBe(0);
  });

  it('treats an oversize LEN as desync and finds the real frame behind it', () => {
    const real = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data: hex('') });
    const results = createResponseDecoder().push(concat([hex('AA AA AA 96 69 FF FF 00'), real]));
    expect(results.map((r) => (r.ok ? r.value.sw3 : r.error.reason))).toEqual(['oversize', 0x90]);
    expect(!results[0]!.ok && results[0]!.error.lengthField).toBe(0xffff);
    expect(MAX_LEN).toBeGreaterThanOrEqual(2314);
  });

  it('rejects a LEN too short to hold SW1 SW2 SW3 and CHK', () => {
    const results = createResponseDecoder().push(hex('AA AA AA 96 69 00 03 00 00 03'));
    expect(results.map((r) => !r.ok && r.error.reason)).toEqual(['bad-length']);
  });

  it('rejects a frame whose checksum is wrong and resynchronises on the next preamble', () => {
    const good = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x9f, data: hex('00 00 00 00') });
    const results = createResponseDecoder().push(
      concat([hex('AA AA AA 96 69 00 04 00 00 90 00'), good]),
    );
    expect(results.map((r) => (r.ok ? r.value.sw3 : r.error.reason))).toEqual([
      'bad-checksum',
      0x9f,
    ]);
  });

  it('forgets a partial frame on reset', () => {
    const frame = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data: hex('01') });
    const decoder = createResponseDecoder();
    decoder.push(frame.subarray(0, 8));
    expect(decoder.bufferedBytes).toBe(8);
    decoder.reset();
    expect(decoder.bufferedBytes).toBe(0);
    expect(decoder.push(frame.subarray(8))).toEqual([]);
  });

  it('keeps a preamble split across chunks', () => {
    const frame = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data: hex('') });
    const decoder = createResponseDecoder();
    expect(decoder.push(concat([hex('12 34'), frame.subarray(0, 3)]))).toEqual([]);
    expect(decoder.push(frame.subarray(3)).map((r) => r.ok)).toEqual([true]);
  });
});

describe('request decoder', () => {
  it('decodes what the request encoder produces, through the same scanning core', () => {
    fc.assert(
      fc.property(
        fc.record({
          cmd: fc.integer({ min: 0, max: 255 }),
          para: fc.integer({ min: 0, max: 255 }),
          data: fc.uint8Array({ maxLength: 20 }),
        }),
        noiseArb,
        (request, noise) => {
          const [result] = createRequestDecoder().push(concat([noise, encodeRequest(request)]));
          expect(result?.ok && { ...result.value, data: [...result.value.data] }).toEqual({
            ...request,
            data: [...request.data],
          });
        },
      ),
    );
  });

  it('accepts the 3-byte LEN of a bare request', () => {
    const [result] = createRequestDecoder().push(hex('AA AA AA 96 69 00 03 20 01 22'));
    expect(result?.ok && [result.value.cmd, result.value.para]).toEqual([0x20, 0x01]);
  });
});
