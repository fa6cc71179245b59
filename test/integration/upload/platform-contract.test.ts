// The upload contract, run against every platform adapter and its reference receiver over real
// HTTP on a real store: exactly once, idempotent resends, quarantine, pause on refusal, retry,
// clean stop and crash resume. A new adapter passes this suite unchanged.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UploadEvent } from '../../../src/core/upload/upload-events';
import { createUploader, type UploaderOptions } from '../../../src/core/upload/uploader';
import { startFaultyProxy, type Fault, type FaultyProxy } from '../../support/faulty-proxy';
import { PLATFORM_PEERS, type RunningPeer } from '../../support/platform-peers';
import { seededRandom } from '../../../src/core/seeded-random';
import { Listeners } from '../../../src/shared/listeners';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';

const RECORDS = 40;
const FAULTY_REQUESTS = 60;

// Two 429s carry a real pause (1 s); the rest of the mix is fast so the test stays short.
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

describe.each(PLATFORM_PEERS)('upload contract: $name adapter', (platform) => {
  let store: UploadTestStore;
  let peer: RunningPeer;
  let proxy: FaultyProxy | undefined;
  let events: UploadEvent[];
  let heard: Listeners<UploadEvent>;
  beforeEach(async () => {
    store = openUploadTestStore();
    peer = await platform.start(store);
    events = [];
    heard = new Listeners();
  });
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
    await peer.close();
    store.close();
  });
  const stats = () => store.outbox.stats(Date.now());
  /** Resolves when the uploader reports the queue drained (nothing pending or sending). */
  const drained = () =>
    new Promise<void>((resolve) => {
      const off = heard.add((event) => {
        if (event.type !== 'queue-drained') return;
        off();
        resolve();
      });
    });
  const uploader = (extra: Partial<UploaderOptions> & { endpoint?: string; timeoutMs?: number }) =>
    createUploader({
      outbox: store.outbox,
      adapter: peer.adapter(extra.endpoint, extra.timeoutMs),
      keyId: peer.keyId,
      concurrency: 2,
      backoff: { baseMs: 20, capMs: 200 },
      random: seededRandom(7),
      pollIntervalMs: 100,
      onEvent: (event) => {
        events.push(event);
        heard.emit(event);
      },
      ...extra,
    });

  it('delivers each record once, and a resend of a stored record is answered "already stored"', async () => {
    const ids = store.appendRecords(3);
    const [first] = store.outbox.claimDue(Date.now(), 1);
    store.outbox.releaseInFlight();
    const summary = await uploader({}).drainOnce();
    expect(summary).toMatchObject({ stored: 3, quarantined: 0, retried: 0 });
    expect(peer.storedIds().sort()).toEqual([...ids].sort());
    const again = await peer
      .adapter()
      .send(first!.recordId, first!.envelope, new AbortController().signal);
    expect(again.kind).toBe('already-stored');
    expect(peer.storedIds()).toHaveLength(3);
  });

  it('holds back a record the platform refuses for good and goes on with the rest', async () => {
    proxy = await startFaultyProxy(peer.receiver.url, (n) =>
      n === 0 ? { kind: 'answer', answer: platform.answers.refused } : { kind: 'pass' },
    );
    store.appendRecords(3);
    const summary = await uploader({ endpoint: proxy.url, concurrency: 1 }).drainOnce();
    expect(summary).toMatchObject({ stored: 2, quarantined: 1 });
    expect(stats()).toMatchObject({ quarantined: 1, acked: 2, pending: 0 });
    expect(events.map((e) => e.type)).toContain('record-quarantined');
  });

  it('pauses the whole queue when the platform does not know the device, and says so once', async () => {
    proxy = await startFaultyProxy(peer.receiver.url, () => ({
      kind: 'answer',
      answer: platform.answers.unauthorized,
    }));
    store.appendRecords(3);
    const summary = await uploader({ endpoint: proxy.url, concurrency: 1 }).drainOnce();
    expect(summary.retried).toBe(1);
    expect(stats()).toMatchObject({ pending: 3, acked: 0 });
    const alarms = events.filter((e) => e.type === 'device-not-registered');
    expect(alarms).toEqual([expect.objectContaining({ keyId: peer.keyId })]);
  });

  it('retries a busy platform after a backoff and then delivers', async () => {
    proxy = await startFaultyProxy(peer.receiver.url, (n) =>
      n < 2 ? { kind: 'answer', answer: platform.answers.busy } : { kind: 'pass' },
    );
    const ids = store.appendRecords(2);
    const running = uploader({ endpoint: proxy.url, concurrency: 1 });
    const done = drained();
    running.start();
    await done;
    await running.stop();
    expect(stats()).toMatchObject({ pending: 0, acked: 2 });
    expect(peer.storedIds().sort()).toEqual([...ids].sort());
    expect(proxy.served.answer).toBe(2);
  });

  it('leaves nothing in sending when stopped while the platform has not answered', async () => {
    store.appendRecords(3);
    let arrived = 0;
    let twoArrived!: () => void;
    const bothThere = new Promise<void>((resolve) => (twoArrived = resolve));
    const silent: Server = createServer(() => {
      arrived += 1;
      if (arrived === 2) twoArrived();
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const running = uploader({
        endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`,
      });
      running.start();
      await bothThere;
      // All three claimed in one transaction, two of them in flight.
      expect(stats().sending).toBe(3);
      await running.stop();
      expect(stats()).toMatchObject({ pending: 3, sending: 0, acked: 0 });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('resumes after a crash that left records in sending, and delivers each once', async () => {
    const ids = store.appendRecords(4);
    expect(store.outbox.claimDue(Date.now(), 2)).toHaveLength(2); // the process died here
    const running = uploader({});
    const done = drained();
    running.start();
    await done;
    await running.stop();
    expect(stats()).toMatchObject({ pending: 0, sending: 0, acked: 4 });
    expect(peer.storedIds().sort()).toEqual([...ids].sort());
  });

  it('delivers every record exactly once through a faulty network and leaves nothing pending', async () => {
    proxy = await startFaultyProxy(peer.receiver.url, chaosPlan(seededRandom(2026)));
    const created = new Set(store.appendRecords(RECORDS));
    const running = uploader({ endpoint: proxy.url, timeoutMs: 500, concurrency: 4 });
    const done = drained();
    running.start();
    await done;
    await running.stop();
    // Let the delayed forwards that outlived their client reach the receiver before counting.
    proxy.heal();
    await proxy.idle();
    expect(stats()).toMatchObject({ pending: 0, sending: 0, quarantined: 0, acked: RECORDS });
    const held = peer.storedIds();
    expect(held).toHaveLength(RECORDS);
    expect(new Set(held)).toEqual(created);
    for (const kind of ['drop', 'delay', 'error-500', 'too-many', 'reset-after-store'] as const)
      expect(proxy.served[kind], kind).toBeGreaterThan(0);
  }, 30_000);
});
