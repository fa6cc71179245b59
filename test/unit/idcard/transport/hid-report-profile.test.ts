import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ICBC_64_PROFILE } from '../../../../src/core/idcard/transport/hid-report-profile';

const frameOf = (payload: number[]) =>
  Uint8Array.from([
    0xaa,
    0xaa,
    0xaa,
    0x96,
    0x69,
    payload.length >> 8,
    payload.length & 0xff,
    ...payload,
  ]);

describe('icbc-64 HID report profile', () => {
  it('sends a 10-byte request as one report: report ID 0, count 3, CMD PARA CHK, zero padding', () => {
    const reports = ICBC_64_PROFILE.encodeRequest(frameOf([0x12, 0xff, 0xee]));
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report).toHaveLength(65);
    expect([...report!.subarray(0, 6)]).toEqual([0x00, 0x00, 0x03, 0x12, 0xff, 0xee]);
    expect(report!.subarray(6).every((b) => b === 0)).toBe(true);
  });

  it('ends a payload of exactly 62 bytes with an empty report', () => {
    const reports = ICBC_64_PROFILE.encodeRequest(frameOf(Array.from({ length: 62 }, (_, i) => i)));
    expect(reports.map((r) => (r[1]! << 8) | r[2]!)).toEqual([62, 0]);
  });

  it('re-adds preamble and LEN to a response split over reports', () => {
    const payload = Array.from({ length: 130 }, (_, i) => i & 0xff);
    const reassemble = ICBC_64_PROFILE.createResponseReassembler();
    const report = (from: number, count: number) => {
      const r = new Uint8Array(64);
      r[0] = count >> 8;
      r[1] = count & 0xff;
      r.set(payload.slice(from, from + count), 2);
      return r;
    };
    expect(reassemble(report(0, 62))).toBeNull();
    expect(reassemble(report(62, 62))).toBeNull();
    expect(reassemble(report(124, 6))).toEqual(frameOf(payload));
  });

  it('round-trips any payload through request reports read back as input reports', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 2400 }), (bytes) => {
        const frame = frameOf([...bytes]);
        const reassemble = ICBC_64_PROFILE.createResponseReassembler();
        const outputs = ICBC_64_PROFILE.encodeRequest(frame).map((r) => reassemble(r.subarray(1)));
        expect(outputs.slice(0, -1).every((o) => o === null)).toBe(true);
        expect(outputs.at(-1)).toEqual(frame);
      }),
    );
  });

  it('never reads past a short report whose count claims more than it holds, and ends the message there', () => {
    const reassemble = ICBC_64_PROFILE.createResponseReassembler();
    const frame = reassemble(Uint8Array.of(0xff, 0xff, 1, 2));
    expect(frame && [...frame.subarray(5)]).toEqual([0x00, 0x02, 1, 2]);
    const next = reassemble(Uint8Array.of(0x00, 0x01, 9));
    expect(next && [...next.subarray(5)]).toEqual([0x00, 0x01, 9]);
  });
});
