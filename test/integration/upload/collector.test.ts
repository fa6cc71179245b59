import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../../src/collector/collector-server';
import {
  readKeyFile,
  registerDeviceKey,
  KeyRegistrationError,
} from '../../../src/collector/key-registration';
import type { DeviceKey } from '../../../src/core/device/device-key';
import { signEnvelope, type SignedEnvelope } from '../../../src/core/records/envelope';
import { systemClock } from '../../../src/core/clock';
import { contentDigest } from '../../../src/core/upload/content-digest';
import { createReferenceAdapter } from '../../../src/core/upload/platforms/reference/reference-adapter';
import { signRequest } from '../../../src/core/upload/request-signature';
import { createTestDeviceKey, testEnvelope, testRecord } from '../../support/upload-records';

const device = createTestDeviceKey();
const stranger = createTestDeviceKey();
let dir: string;
let collector: RunningCollector;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'collector-'));
  collector = await startCollector({
    dbPath: join(dir, 'collector.db'),
    keys: [{ keyId: device.keyId, publicKey: device.publicKeySpki.toString('base64') }],
  });
});
afterAll(async () => {
  await collector.close();
  rmSync(dir, { recursive: true, force: true });
});

type Tweak = {
  body?: string;
  digest?: string;
  signer?: DeviceKey;
  idempotencyKey?: string;
  contentType?: string;
};

/** Posts an envelope signed the way the uploader signs it, with one thing changed by `tweak`. */
async function post(envelope: unknown, tweak: Tweak = {}) {
  const url = `${collector.url}/v1/records`;
  const body = tweak.body ?? JSON.stringify(envelope);
  const digest = tweak.digest ?? contentDigest(Buffer.from(body));
  const signer = tweak.signer ?? device;
  const signature = signRequest(
    { '@method': 'POST', '@target-uri': url, 'content-digest': digest },
    { created: Math.floor(Date.now() / 1000), keyId: signer.keyId, alg: 'ed25519' },
    signer.privateKey,
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': tweak.contentType ?? 'application/json',
      'content-digest': digest,
      'idempotency-key':
        tweak.idempotencyKey ?? (envelope as SignedEnvelope).record?.recordId ?? 'x',
      ...signature,
    },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

describe('reference collector', () => {
  it('stores a record once: 201, then 200 for the same record, and serves it back', async () => {
    const envelope = testEnvelope(device);
    expect((await post(envelope)).status).toBe(201);
    expect((await post(envelope)).status).toBe(200);
    const back = await fetch(`${collector.url}/v1/records/${envelope.record.recordId}`);
    expect(await back.json()).toEqual(envelope);
    expect(
      collector.db.listRecords().filter((r) => r.recordId === envelope.record.recordId),
    ).toHaveLength(1);
  });

  it('accepts what the reference adapter sends', async () => {
    const adapter = createReferenceAdapter({
      endpoint: collector.url,
      keyId: device.keyId,
      privateKey: device.privateKey,
      clock: systemClock,
    });
    const envelope = testEnvelope(device);
    const outcome = await adapter.send(
      envelope.record.recordId,
      envelope,
      new AbortController().signal,
    );
    expect(outcome.kind).toBe('stored');
  });

  it('answers 409 for a different record under a stored id', async () => {
    const envelope = testEnvelope(device);
    await post(envelope);
    const other = signEnvelope(
      { ...testRecord(Date.now()), recordId: envelope.record.recordId },
      device,
    );
    const answer = await post(other);
    expect(answer).toMatchObject({
      status: 409,
      type: 'application/problem+json',
      json: { type: 'https://kiosk.invalid/problems/conflict', status: 409 },
    });
  });

  it.each<[string, () => [unknown, Tweak], number, string]>([
    [
      'a body that does not match its digest',
      () => [testEnvelope(device), { digest: contentDigest(Buffer.from('{}')) }],
      400,
      'bad-content-digest',
    ],
    [
      'a request signed by an unregistered key',
      () => [testEnvelope(stranger), { signer: stranger }],
      401,
      'unknown-key',
    ],
    [
      'a record altered after signing',
      () => {
        const envelope = testEnvelope(device);
        return [{ ...envelope, record: { ...envelope.record, operatorId: 'someone-else' } }, {}];
      },
      422,
      'invalid-envelope',
    ],
    [
      'an envelope signed by another key than the request',
      () => [testEnvelope(stranger), {}],
      422,
      'key-mismatch',
    ],
    [
      'an Idempotency-Key that is not the record id',
      () => [testEnvelope(device), { idempotencyKey: '00000000-0000-7000-8000-000000000000' }],
      400,
      'bad-idempotency-key',
    ],
    [
      'a body that is not JSON',
      () => [testEnvelope(device), { body: '{not json' }],
      400,
      'malformed-json',
    ],
    ['a body that is not an envelope', () => [{ hello: 'world' }, {}], 422, 'invalid-envelope'],
    [
      'a body that is not declared JSON',
      () => [testEnvelope(device), { contentType: 'text/plain' }],
      415,
      'unsupported-media-type',
    ],
  ])('refuses %s and stores nothing', async (_what, make, status, problem) => {
    const before = collector.db.listRecords().length;
    const [envelope, tweak] = make();
    const answer = await post(envelope, tweak);
    expect(answer.status).toBe(status);
    expect(answer.type).toBe('application/problem+json');
    expect(answer.json.type).toBe(`https://kiosk.invalid/problems/${problem}`);
    expect(collector.db.listRecords()).toHaveLength(before);
  });

  it('refuses a signature that does not verify with the registered key', async () => {
    const envelope = testEnvelope(device);
    const forged = { ...device, privateKey: stranger.privateKey };
    const answer = await post(envelope, { signer: forged });
    expect(answer).toMatchObject({
      status: 401,
      json: { type: 'https://kiosk.invalid/problems/bad-request-signature' },
    });
  });

  it('registers keys only under their own fingerprint', () => {
    const publicKey = stranger.publicKeySpki.toString('base64');
    expect(() => registerDeviceKey(collector.db, publicKey, device.keyId)).toThrow(
      KeyRegistrationError,
    );
    expect(() => registerDeviceKey(collector.db, 'AAAA')).toThrow(KeyRegistrationError);
    expect(collector.db.keys().map((k) => k.keyId)).toEqual([device.keyId]);
  });

  it('reads a key list file, computing missing key ids and refusing a malformed list', () => {
    const file = join(dir, 'keys.json');
    const publicKey = stranger.publicKeySpki.toString('base64');
    writeFileSync(
      file,
      JSON.stringify([
        { publicKey },
        { keyId: device.keyId, publicKey: device.publicKeySpki.toString('base64') },
      ]),
    );
    expect(readKeyFile(file).map((k) => k.keyId)).toEqual([stranger.keyId, device.keyId]);
    writeFileSync(file, JSON.stringify({ publicKey }));
    expect(() => readKeyFile(file)).toThrow(KeyRegistrationError);
    writeFileSync(file, JSON.stringify([{ keyId: 5, publicKey }]));
    expect(() => readKeyFile(file)).toThrow(KeyRegistrationError);
  });
});
