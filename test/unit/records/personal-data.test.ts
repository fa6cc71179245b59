import { describe, expect, it } from 'vitest';
import {
  joinPersonal,
  PERSONAL_FIELDS,
  redactRecord,
  splitPersonal,
} from '../../../src/core/records/personal-data';
import { sampleRecord, SAMPLE_ID_NUMBER, SAMPLE_NAME } from './sample-record';

describe('personal data of a record', () => {
  const record = sampleRecord();

  it('splits into a clear part without card or photos, and joins back to the same record', () => {
    const { clear, personal } = splitPersonal(record);
    for (const field of PERSONAL_FIELDS) expect(clear).not.toHaveProperty(field);
    expect(joinPersonal(clear, personal)).toEqual(record);
  });

  it('redacts every personal field so no name or ID number reaches a log', () => {
    const line = JSON.stringify(redactRecord(record));
    expect(line).not.toContain(SAMPLE_ID_NUMBER);
    expect(line).not.toContain(SAMPLE_NAME);
    expect(line).toContain(record.recordId);
  });
});
