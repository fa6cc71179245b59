import { describe, expect, it } from 'vitest';
import {
  outcomeOfAnswer,
  outcomeOfHttp,
  parseStandardAnswer,
} from '../../../../src/core/upload/platforms/national-standard/answer-outcome';
import { formatChinaTime } from '../../../../src/core/upload/platforms/national-standard/china-time';
import { NATIONAL_STANDARD_DEFAULTS } from '../../../../src/shared/config/upload-platform-schema';

const NOW = Date.parse('2026-12-06T08:00:00Z');
const ctx = { codes: NATIONAL_STANDARD_DEFAULTS.codes, midpointMs: NOW, headerSkewMs: undefined };
const answer = (code: string | number, data: unknown = null) =>
  parseStandardAnswer(JSON.stringify({ code, message: 'm', data }))!;

describe('national-standard answers', () => {
  it('maps each documented code to what it means', () => {
    expect(outcomeOfAnswer(answer(0), ctx)).toEqual({ kind: 'stored' });
    expect(outcomeOfAnswer(answer('1004'), ctx)).toEqual({ kind: 'already-stored' });
    expect(outcomeOfAnswer(answer('1001'), ctx)).toEqual({
      kind: 'unauthorized',
      cause: 'credentials',
    });
    expect(outcomeOfAnswer(answer('1002'), ctx)).toEqual({
      kind: 'unauthorized',
      cause: 'credentials',
    });
    expect(outcomeOfAnswer(answer('5000'), ctx)).toMatchObject({ kind: 'retry-later' });
    expect(outcomeOfAnswer(answer('2001'), ctx)).toEqual({
      kind: 'rejected',
      rejection: { status: 200, code: '2001', title: 'm' },
    });
  });

  it('treats a code the table does not list as a rejection the operator reviews', () => {
    expect(outcomeOfAnswer(answer('E42'), ctx)).toMatchObject({
      kind: 'rejected',
      rejection: { code: 'E42' },
    });
  });

  it('measures the skew of a refused timestamp from the platform time in data', () => {
    const serverTime = formatChinaTime(NOW + 7 * 60_000);
    const outcome = outcomeOfAnswer(answer('1003', { serverTime }), ctx);
    expect(outcome).toMatchObject({ kind: 'unauthorized', cause: 'clock' });
    expect(outcome.skewMs).toBeCloseTo(7 * 60_000 + 500, -3);
  });

  it('falls back on the Date header skew when the platform gives no time', () => {
    const outcome = outcomeOfAnswer(answer('1003'), { ...ctx, headerSkewMs: -400_000 });
    expect(outcome).toEqual({ kind: 'unauthorized', cause: 'clock', skewMs: -400_000 });
  });

  it('reads only `{code, message, data}` bodies', () => {
    expect(parseStandardAnswer('<html>')).toBeUndefined();
    expect(parseStandardAnswer('{"message":"no code"}')).toBeUndefined();
    expect(parseStandardAnswer('{"code":0}')).toEqual({ code: '0', message: '', data: null });
  });

  it('maps HTTP answers without a code: gateways busy, keys refused, the rest rejected', () => {
    expect(outcomeOfHttp(503, '7', NOW)).toEqual({
      kind: 'retry-later',
      reason: 'http-503',
      afterMs: 7000,
    });
    expect(outcomeOfHttp(403, null, NOW)).toEqual({ kind: 'unauthorized', cause: 'credentials' });
    expect(outcomeOfHttp(404, null, NOW)).toEqual({ kind: 'rejected', rejection: { status: 404 } });
    expect(outcomeOfHttp(302, null, NOW)).toMatchObject({ kind: 'retry-later' });
  });
});
