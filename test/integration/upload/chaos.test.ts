import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../../src/collector/collector-server';
import { systemClock } from '../../../src/core/clock';
import { verifyEnvelope } from '../../../src/core/records/envelope';
import { createReferenceAdapter } from '../../../src/core/upload/reference-adapter';
import { createUploader } from '../../../src/core/upload/uploader';
import { startFaultyProxy, type Fault, type FaultyProxy } from '../../support/faulty-proxy';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';
import { seededRandom } from '../../support/seeded-random';

const RECORDS = 60;
const FAULTY_REQUESTS = 90;

// Two 429s carry a real pause (1 s); the rest of the mix is fast so the test stays well under 30 s.
function chaosPlan(random: () => number): (n: number) => Fault {
  let longPauses = 0;
  return (n) => {
    if (n >= FAULTY_REQUESTS) return { kind: 'pass' };
    const r = random();
    if (r < 0.15) return { kind: 'drop' };
    if (r < 0.3) return { kind: 'error-500' };
    if (r < 0.4) return { kind: 'reset-after-store' };
    if (r < 0.5) return { kind: 'delay', ms: 50 + Math.floor(random() * 200) };
    if (r < 0.55) return { kind: 'delay', ms: 900 }; // beyond the client's timeout: stored, but the client gave up
    if (r < 0.62) {
      longPauses += 1;
      return {
        kind: 'too-many',
        retryAfter: longPauses <= 2 ? '1' : 'Wed, 21 Oct 2015 07:28:00 GMT',
      };
    }
    return { kind: 'pass' };
  };
}

let dir: string;
let store: UploadTestStore;
let collector: RunningCollector;
let proxy: FaultyProxy;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chaos-'));
  store = openUploadTestStore();
  const device = store.deviceKey;
  collector = await startCollector({
    dbPath: join(dir, 'collector.db'),
    keys: [{ keyId: device.keyId, publicKey: device.publicKeySpki.toString('base64') }],
  });
  proxy = await startFaultyProxy(collector.url, chaosPlan(seededRandom(2026)));
});
afterAll(async () => {
  await proxy.close();
  await collector.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('upload through a faulty network', () => {
  it('delivers every record exactly once with valid signatures, and leaves nothing pending', async () => {
    const { outbox, deviceKey: device } = store;
    const created = new Set(store.appendRecords(RECORDS));
    const uploader = createUploader({
      outbox,
      adapter: createReferenceAdapter({
        endpoint: proxy.url,
        keyId: device.keyId,
        privateKey: device.privateKey,
        clock: systemClock,
        timeoutMs: 500,
      }),
      keyId: device.keyId,
      concurrency: 4,
      backoff: { baseMs: 20, capMs: 200 },
      random: seededRandom(7),
      pollIntervalMs: 100,
    });
    uploader.start();
    const deadline = Date.now() + 25_000;
    while (Date.now() < deadline) {
      const stats = outbox.stats(Date.now());
      if (stats.pending === 0 && stats.sending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await uploader.stop();
    // Let the delayed forwards that outlived their client reach the collector before counting.
    proxy.heal();
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const stats = outbox.stats(Date.now());
    expect({
      pending: stats.pending,
      sending: stats.sending,
      quarantined: stats.quarantined,
      acked: stats.acked,
    }).toEqual({
      pending: 0,
      sending: 0,
      quarantined: 0,
      acked: RECORDS,
    });
    const held = collector.db.listRecords();
    expect(held).toHaveLength(RECORDS);
    expect(new Set(held.map((r) => r.recordId))).toEqual(created);
    for (const row of held) {
      const verified = verifyEnvelope(JSON.parse(row.envelopeJson));
      expect(verified.ok && verified.value.recordHash).toBe(row.recordHash);
    }
    // The network really misbehaved, and answers lost after storing came back as "already stored".
    for (const kind of ['drop', 'delay', 'error-500', 'too-many', 'reset-after-store'] as const) {
      expect(proxy.served[kind], kind).toBeGreaterThan(0);
    }
    const local = new Database(store.dbPath, { readonly: true });
    const already = local
      .prepare(
        "SELECT COUNT(*) AS n FROM audit WHERE action = 'record-acked' AND detail = 'already-stored'",
      )
      .get() as { n: number };
    const localHashes = local
      .prepare('SELECT record_id AS recordId, record_hash AS recordHash FROM records')
      .all();
    local.close();
    // The collector's dedup hash is the device's chain hash: both sides agree on every record.
    expect(new Set(held.map(({ recordId, recordHash }) => `${recordId}:${recordHash}`))).toEqual(
      new Set(
        (localHashes as { recordId: string; recordHash: string }[]).map(
          ({ recordId, recordHash }) => `${recordId}:${recordHash}`,
        ),
      ),
    );
    expect(already.n).toBeGreaterThan(0);
  }, 30_000);
});
