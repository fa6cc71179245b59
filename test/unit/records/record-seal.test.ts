import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { splitPersonal } from '../../../src/core/records/personal-data';
import {
  SealTamperedError,
  sealPersonal,
  unsealPersonal,
} from '../../../src/core/records/record-seal';
import { sampleDraft, sampleRecord, SAMPLE_ID_NUMBER } from './sample-record';

describe('sealing the personal part', () => {
  const record = { ...sampleDraft(Date.now(), 64), previousRecordHash: null };
  const { personal } = splitPersonal(record);
  const key = randomBytes(32);
  const sealed = sealPersonal(personal, key, record.recordId);

  it('opens to the same personal part with the same key and record id', () => {
    expect(unsealPersonal(sealed, key, record.recordId)).toEqual(personal);
  });

  it('does not contain the ID number in readable form', () => {
    expect(sealed.includes(Buffer.from(SAMPLE_ID_NUMBER))).toBe(false);
  });

  it('uses a fresh nonce each time', () => {
    expect(sealPersonal(personal, key, record.recordId).equals(sealed)).toBe(false);
  });

  it.each([0, 12, 40, -1])('detects a flipped byte at offset %i', (offset) => {
    const altered = Buffer.from(sealed);
    const at = offset < 0 ? altered.length + offset : offset;
    altered[at] = (altered[at] ?? 0) ^ 0x40;
    expect(() => unsealPersonal(altered, key, record.recordId)).toThrow(SealTamperedError);
  });

  it('refuses a payload moved onto another record', () => {
    expect(() => unsealPersonal(sealed, key, sampleRecord().recordId)).toThrow(SealTamperedError);
  });

  it('refuses another data key', () => {
    expect(() => unsealPersonal(sealed, randomBytes(32), record.recordId)).toThrow(
      SealTamperedError,
    );
  });
});
