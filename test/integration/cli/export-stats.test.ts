import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../../src/core/device/daily-stats';
import type { CaptureRecordV1 } from '../../../src/core/records/record-schema';
import { testRecord } from '../../support/upload-records';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';
import { runKiosk } from './kiosk-cli';

const SHA = 'a'.repeat(64);

function faceVerification(
  decision: 'pass' | 'fail',
  livenessPassed: boolean,
): CaptureRecordV1['verification'] {
  return {
    method: 'face',
    decision,
    match: {
      score: 0.5,
      threshold: 0.4,
      operatingPoint: { name: 'far-1e-4', targetFalseAcceptRate: 1e-4 },
    },
    liveness: { passed: livenessPassed, score: livenessPassed ? 0.9 : 0.1, threshold: 0.5 },
    attempts: 1,
    models: [{ role: 'embedding', name: 'test-embedding', sha256: SHA }],
  };
}

describe('kiosk export against a real record store', () => {
  let store: UploadTestStore;
  const now = Date.now();
  const append = (offsetMs: number, verification: CaptureRecordV1['verification']) => {
    const { previousRecordHash: _unused, ...draft } = {
      ...testRecord(now + offsetMs),
      verification,
    };
    store.store.appendRecord(draft);
  };

  beforeAll(() => {
    store = openUploadTestStore();
    append(0, faceVerification('pass', true));
    append(1, faceVerification('pass', true));
    append(2, faceVerification('fail', false));
    append(3, faceVerification('fail', true));
    append(4, {
      method: 'operator-in-person',
      decision: 'pass',
      reason: 'camera-fault',
      faceAttempts: 0,
    });
  });
  afterAll(() => store?.close());

  it('counts today by outcome, operator reason and audit action, as JSON, with no personal data', async () => {
    const run = await runKiosk(store.dir, 'export', '--db', store.dbPath, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      day: localDay(now),
      records: 5,
      byOutcome: {
        'face-pass': 2,
        'face-fail-liveness': 1,
        'face-fail-match': 1,
        'operator-pass': 1,
      },
      operatorReasons: { 'camera-fault': 1 },
      auditActions: { 'record-appended': 5 },
    });
    for (const personal of ['测试人', '11010519800101002X', '测试市'])
      expect(run.stdout).not.toContain(personal);
  });

  it('prints CSV rows section,key,count', async () => {
    const run = await runKiosk(
      store.dir,
      'export',
      '--db',
      store.dbPath,
      '--csv',
      '--date',
      localDay(now),
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        'section,key,count',
        'total,records,5',
        'outcome,face-pass,2',
        'operator-reason,camera-fault,1',
        'audit,record-appended,5',
      ]),
    );
  });

  it('reports an empty day as zero records', async () => {
    const run = await runKiosk(store.dir, 'export', '--db', store.dbPath, '--date', '2001-02-03');
    expect(JSON.parse(run.stdout)).toMatchObject({ day: '2001-02-03', records: 0, byOutcome: {} });
  });

  it('refuses an impossible date (exit 2) and a missing store (exit 1)', async () => {
    expect(
      (await runKiosk(store.dir, 'export', '--db', store.dbPath, '--date', '2025-02-30')).code,
    ).toBe(2);
    const missing = await runKiosk(store.dir, 'export', '--db', `${store.dir}/none.db`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No record store');
  });
});
