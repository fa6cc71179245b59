// Synthetic signed records for the upload tests: schema-valid, signed with a throw-away device key,
// carrying no real person's data.
import { generateKeyPairSync } from 'node:crypto';
import { deviceKeyFromPkcs8, type DeviceKey } from '../../src/core/device/device-key';
import { signEnvelope, type SignedEnvelope } from '../../src/core/records/envelope';
import { createRecordId } from '../../src/core/records/record-id';
import type { CaptureRecordV1 } from '../../src/core/records/record-schema';

/** A fresh Ed25519 device key. */
export function createTestDeviceKey(): DeviceKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return deviceKeyFromPkcs8(privateKey.export({ format: 'der', type: 'pkcs8' }));
}

/** A schema-valid record created at `nowMs` with a made-up card holder. */
export function testRecord(
  nowMs: number,
  previousRecordHash: string | null = null,
): CaptureRecordV1 {
  const at = new Date(nowMs).toISOString().replace('Z', '+00:00');
  return {
    formatVersion: 1,
    recordId: createRecordId(nowMs),
    previousRecordHash,
    capturedAt: at,
    device: { deviceId: 'kiosk-test-01', pointCode: 'P0001', appVersion: '0.1.0' },
    operatorId: null,
    consent: { textVersion: 'c1', acceptedAt: at },
    card: {
      type: 'resident-id',
      name: '测试人',
      sex: 'female',
      birthDate: '1980-01-01',
      idNumber: '110105198001010024',
      issuingAuthority: '测试公安局',
      validFrom: '2020-01-01',
      validUntil: 'long-term',
      ethnicity: '汉',
      address: '测试市测试路1号',
    },
    photos: { transmitted: 'none' },
    verification: {
      method: 'operator-in-person',
      decision: 'pass',
      reason: 'test',
      faceAttempts: 0,
    },
  };
}

/** A signed envelope of a fresh test record. */
export function testEnvelope(key: DeviceKey, nowMs = Date.now()): SignedEnvelope {
  return signEnvelope(testRecord(nowMs), key);
}
