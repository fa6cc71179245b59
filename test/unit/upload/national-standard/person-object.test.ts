import { describe, expect, it } from 'vitest';
import { toPersonObject } from '../../../../src/core/upload/platforms/national-standard/person-object';
import type { CaptureRecordV1 } from '../../../../src/core/records/record-schema';
import { NATIONAL_STANDARD_DEFAULTS } from '../../../../src/shared/config/upload-platform-schema';
import { testRecord } from '../../../support/upload-records';

const AT = Date.parse('2026-12-06T02:30:00Z');
const extras = {
  idCardNumber: (plain: string) => `wrapped(${plain})`,
  headImage: null,
  livePhoto: null,
  withAddress: true,
  idCardTypeCodes: NATIONAL_STANDARD_DEFAULTS.mapping.idCardTypeCodes,
};

describe('national-standard person object', () => {
  it('maps a resident ID card with dictionary codes and China time, and never a score', () => {
    const record: CaptureRecordV1 = {
      ...testRecord(AT),
      verification: {
        method: 'face',
        decision: 'pass',
        match: {
          score: 0.71,
          threshold: 0.4,
          operatingPoint: { name: 'far-1e-4', targetFalseAcceptRate: 1e-4 },
        },
        liveness: { passed: true, score: 0.9, threshold: 0.5 },
        attempts: 1,
        models: [{ role: 'embedding', name: 'm', sha256: 'a'.repeat(64) }],
      },
    };
    const person = toPersonObject(record, extras);
    expect(person).toMatchObject({
      serialNo: record.recordId,
      workerName: '测试人',
      gender: '2',
      nation: '01',
      nationality: 'CHN',
      idCardType: '01',
      idCardNumber: 'wrapped(110105198001010024)',
      expiryDate: '长期',
      collectTime: '2026-12-06 10:30:00',
      collectPointCode: 'P0001',
      verifyMethod: 'face',
      verifyResult: 'pass',
    });
    expect(JSON.stringify(person)).not.toMatch(/0\.71|0\.4|score|threshold/);
  });

  it('sends the printed name of a nation the dictionary lacks, so the platform can refuse it', () => {
    const base = testRecord(AT);
    if (base.card.type !== 'resident-id') throw new Error('test record is a resident ID');
    const record = { ...base, card: { ...base.card, ethnicity: '未识别' } };
    expect(toPersonObject(record, extras).nation).toBe('未识别');
  });

  it('maps a 2017 foreign permanent resident card by its PR number, without nation or address', () => {
    const base = testRecord(AT);
    const record: CaptureRecordV1 = {
      ...base,
      card: {
        type: 'foreign-permanent-2017',
        sex: 'male',
        birthDate: '1980-01-01',
        validFrom: '2020-01-01',
        validUntil: '2030-01-01',
        nameLatin: 'TEST PERSON',
        nameChinese: '',
        nationality: 'CAN',
        prNumber: 'CAN110080010100',
        cardVersion: '01',
        acceptingAuthorityCode: '1100',
      },
    };
    expect(toPersonObject(record, extras)).toMatchObject({
      workerName: 'TEST PERSON',
      gender: '1',
      nation: null,
      nationality: 'CAN',
      idCardType: '06',
      idCardNumber: 'wrapped(CAN110080010100)',
      address: null,
      grantOrg: null,
      expiryDate: '2030-01-01',
    });
  });

  it('leaves the address out when the deployment says so', () => {
    expect(toPersonObject(testRecord(AT), { ...extras, withAddress: false }).address).toBeNull();
  });
});
