import { describe, expect, it } from 'vitest';
import { contentDigest, verifyContentDigest } from '../../../src/core/upload/content-digest';

const body = Buffer.from('{"hello": "world"}');

describe('Content-Digest (RFC 9530)', () => {
  it('matches the sha-256 example of RFC 9530 §2', () => {
    expect(contentDigest(body)).toBe('sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:');
  });

  it('accepts its own digest and one listed among other algorithms', () => {
    expect(verifyContentDigest(contentDigest(body), body).ok).toBe(true);
    const both = `sha-512=:AAAA:, ${contentDigest(body)}`;
    expect(verifyContentDigest(both, body).ok).toBe(true);
  });

  it('names why a header does not vouch for the body', () => {
    expect(verifyContentDigest(contentDigest(body), Buffer.from('{"hello": "World"}'))).toEqual({
      ok: false,
      error: 'mismatch',
    });
    expect(verifyContentDigest(undefined, body)).toEqual({ ok: false, error: 'missing' });
    expect(verifyContentDigest('sha-512=:AAAA:', body)).toEqual({ ok: false, error: 'no-sha-256' });
    expect(verifyContentDigest('sha-256=X48E9q', body)).toEqual({ ok: false, error: 'malformed' });
    expect(verifyContentDigest('sha-256="X48E9q"', body)).toEqual({
      ok: false,
      error: 'malformed',
    });
    expect(verifyContentDigest('sha-256=:AAAA:', body)).toEqual({ ok: false, error: 'mismatch' });
  });
});
