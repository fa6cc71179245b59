// The national-standard adapter against its reference receiver over real HTTP: what the receiver
// refuses (wrong signature, clock skew, a field the standard rejects, a field it does not know)
// and how the kiosk side reads each refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandardReceiver } from '../../../src/collector/national-standard/standard-receiver';
import type { RunningCollector } from '../../../src/collector/collector-server';
import { systemClock, type Clock } from '../../../src/core/clock';
import { createManualClock } from '../../../src/core/manual-clock';
import { signEnvelope } from '../../../src/core/records/envelope';
import { createNationalStandardAdapter } from '../../../src/core/upload/platforms/national-standard/national-standard-adapter';
import { signedQuery } from '../../../src/core/upload/platforms/national-standard/national-standard-adapter';
import { formatChinaTime } from '../../../src/core/upload/platforms/national-standard/china-time';
import type { PlatformCredentials } from '../../../src/core/upload/platforms/platform-credentials';
import type { UploadEvent } from '../../../src/core/upload/upload-events';
import { createUploader } from '../../../src/core/upload/uploader';
import { NATIONAL_STANDARD_DEFAULTS } from '../../../src/shared/config/upload-platform-schema';
import { createInMemoryOutbox } from '../../support/in-memory-outbox';
import { TEST_CREDENTIALS } from '../../support/platform-peers';
import { createTestDeviceKey, testEnvelope, testRecord } from '../../support/upload-records';

const key = createTestDeviceKey();
const settings = {
  ...NATIONAL_STANDARD_DEFAULTS,
  idNumberCipher: { ...NATIONAL_STANDARD_DEFAULTS.idNumberCipher, enabled: true },
};
let receiver: RunningCollector;
beforeAll(async () => {
  receiver = await startStandardReceiver({ dbPath: ':memory:', integrators: [TEST_CREDENTIALS] });
});
afterAll(() => receiver.close());

const adapter = (credentials: PlatformCredentials = TEST_CREDENTIALS, clock: Clock = systemClock) =>
  createNationalStandardAdapter({
    endpoint: receiver.url,
    credentials,
    settings,
    clock,
    timeoutMs: 5000,
  });
const send = (envelope = testEnvelope(key), via = adapter()) =>
  via.send(envelope.record.recordId, envelope, new AbortController().signal);

describe('national-standard receiver', () => {
  it('stores a record, and answers a duplicate submission "already stored"', async () => {
    const envelope = testEnvelope(key);
    expect(await send(envelope)).toMatchObject({ kind: 'stored' });
    expect(await send(envelope)).toMatchObject({ kind: 'already-stored' });
    const held = receiver.db.getRecord(envelope.record.recordId);
    expect(JSON.parse(held!.envelopeJson)).toMatchObject({
      idCardNumber: '110105198001010024',
      gender: '2',
      nation: '01',
    });
  });

  it('refuses a wrong signature as unauthorised and stores nothing', async () => {
    const envelope = testEnvelope(key);
    const wrong = adapter({ ...TEST_CREDENTIALS, api_secret: 'not-the-secret' });
    expect(await send(envelope, wrong)).toMatchObject({
      kind: 'unauthorized',
      cause: 'credentials',
    });
    expect(receiver.db.getRecord(envelope.record.recordId)).toBeUndefined();
  });

  it('refuses a clock 10 minutes ahead, and the console hears of it with the skew', async () => {
    const ahead = createManualClock(Date.now() + 10 * 60_000);
    const outcome = await send(testEnvelope(key), adapter(TEST_CREDENTIALS, ahead));
    expect(outcome).toMatchObject({ kind: 'unauthorized', cause: 'clock' });
    expect(outcome.skewMs).toBeGreaterThan(-11 * 60_000);
    expect(outcome.skewMs).toBeLessThan(-9 * 60_000);

    const outbox = createInMemoryOutbox();
    const envelope = testEnvelope(key);
    outbox.add(envelope.record.recordId, envelope, Date.now());
    const events: UploadEvent[] = [];
    const uploader = createUploader({
      outbox,
      adapter: adapter(TEST_CREDENTIALS, ahead),
      keyId: TEST_CREDENTIALS.api_key,
      clock: ahead,
      onEvent: (event) => events.push(event),
    });
    await uploader.drainOnce();
    await uploader.stop();
    const refused = events.filter((e) => e.type === 'clock-skew' && /refused/.test(e.text.en));
    expect(refused).toHaveLength(1);
    expect(refused[0]?.text.en).toMatch(/about -(59\d|60\d) s/);
    expect(refused[0]?.text['zh-CN']).toContain('时间不符');
    expect(outbox.rows.get(envelope.record.recordId)?.state).toBe('pending');
  });

  it('rejects for good a field the standard refuses, naming the field', async () => {
    const record = {
      ...testRecord(Date.now()),
      card: { ...testRecord(Date.now()).card, idNumber: '110105198001010020' },
    };
    const outcome = await send(signEnvelope(record, key));
    expect(outcome).toMatchObject({
      kind: 'rejected',
      rejection: { code: '2001', title: 'idCardNumber: GB 11643 check character is wrong' },
    });
  });

  it('rejects a field the standard does not have, such as a score', async () => {
    const body = JSON.stringify({ serialNo: '01900000-0000-7000-8000-000000000000', score: 0.93 });
    const query = signedQuery(TEST_CREDENTIALS, '1.0', formatChinaTime(Date.now()), body);
    const answer = await fetch(`${receiver.url}?${query}`, { method: 'POST', body });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({
      code: '2001',
      message: expect.stringContaining('not a field of the standard'),
    });
  });
});
