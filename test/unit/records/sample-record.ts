// A valid record draft for tests and the bench. Names and numbers are invented.
import { randomBytes } from 'node:crypto';
import type { CaptureRecordV1, RecordDraft } from '../../../src/core/records/record-schema';
import { createRecordId } from '../../../src/core/records/record-id';

const MODEL_HASH = 'a'.repeat(64);

/** The invented ID number and name of every sample record, for checking that they never leak. */
export const SAMPLE_ID_NUMBER = '11010519800101001X';
/** See SAMPLE_ID_NUMBER. */
export const SAMPLE_NAME = '张三';

/** A record draft with invented card data; `photoBytes` > 0 adds card and live photos of that size. */
export function sampleDraft(nowMs = Date.UTC(2026, 10, 25, 1, 30), photoBytes = 0): RecordDraft {
  const photo = () => ({
    mediaType: 'image/jpeg' as const,
    data: randomBytes(photoBytes).toString('base64'),
  });
  return {
    formatVersion: 1,
    recordId: createRecordId(nowMs),
    capturedAt: '2026-11-25T09:30:00.000+08:00',
    device: { deviceId: 'KIOSK-0001', pointCode: '110105-01', appVersion: '0.1.0' },
    operatorId: 'op-07',
    consent: { textVersion: 'consent-2026.1', acceptedAt: '2026-11-25T09:29:41.512+08:00' },
    card: {
      type: 'resident-id',
      name: SAMPLE_NAME,
      sex: 'male',
      ethnicity: '汉',
      birthDate: '1980-01-01',
      address: '北京市朝阳区测试路1号',
      idNumber: SAMPLE_ID_NUMBER,
      issuingAuthority: '北京市公安局朝阳分局',
      validFrom: '2020-01-01',
      validUntil: '2040-01-01',
    },
    photos:
      photoBytes > 0
        ? { transmitted: 'card-and-live', cardPhoto: photo(), livePhoto: photo() }
        : { transmitted: 'none' },
    verification: {
      method: 'face',
      decision: 'pass',
      match: {
        score: 0.71,
        threshold: 0.42,
        operatingPoint: { name: 'far-1e-4', targetFalseAcceptRate: 0.0001 },
      },
      liveness: { passed: true, score: 0.93, threshold: 0.5 },
      attempts: 1,
      models: [{ role: 'embedding', name: 'arcface-r50', sha256: MODEL_HASH }],
    },
  };
}

/** A complete first-in-chain record. */
export function sampleRecord(previousRecordHash: string | null = null): CaptureRecordV1 {
  return { ...sampleDraft(), previousRecordHash };
}
