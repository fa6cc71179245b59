import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecordId } from '../../../src/core/records/record-id';
import { captureRecordV1 } from '../../../src/core/records/record-schema';

describe('createRecordId', () => {
  it('is a UUIDv7 carrying the creation time in its first 48 bits', () => {
    const nowMs = Date.UTC(2026, 10, 25, 1, 30, 0, 123);
    const id = createRecordId(nowMs);
    expect(captureRecordV1.shape.recordId.safeParse(id).success).toBe(true);
    expect(parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(nowMs);
  });

  it('sorts by creation time across milliseconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 47 }),
        fc.integer({ min: 1, max: 2 ** 20 }),
        (t, delta) => {
          expect(createRecordId(t) < createRecordId(t + delta)).toBe(true);
        },
      ),
    );
  });

  it('does not repeat within one millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createRecordId(1)));
    expect(ids.size).toBe(1000);
  });
});
