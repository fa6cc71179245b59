import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCollector } from '../../../src/collector/collector-server';
import { systemClock } from '../../../src/core/clock';
import { createReferenceAdapter } from '../../../src/core/upload/reference-adapter';
import { createUploader } from '../../../src/core/upload/uploader';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';

let fixture: UploadTestStore;
beforeEach(() => {
  fixture = openUploadTestStore();
});
afterEach(() => fixture.close());

const uploaderTo = (endpoint: string) =>
  createUploader({
    outbox: fixture.outbox,
    adapter: createReferenceAdapter({
      endpoint,
      keyId: fixture.deviceKey.keyId,
      privateKey: fixture.deviceKey.privateKey,
      clock: systemClock,
    }),
    keyId: fixture.deviceKey.keyId,
    concurrency: 2,
  });

describe('uploader lifecycle on the real store', () => {
  it('leaves nothing in sending when stopped while the platform has not answered', async () => {
    fixture.appendRecords(3);
    let arrived = 0;
    let twoArrived!: () => void;
    const bothThere = new Promise<void>((resolve) => (twoArrived = resolve));
    const silent: Server = createServer(() => {
      arrived += 1;
      if (arrived === 2) twoArrived();
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const uploader = uploaderTo(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`);
      uploader.start();
      await bothThere;
      expect(fixture.outbox.stats(Date.now()).sending).toBe(2);
      await uploader.stop();
      expect(fixture.outbox.stats(Date.now())).toMatchObject({ pending: 3, sending: 0, acked: 0 });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('resumes after a crash that left records in sending, and delivers each once', async () => {
    const ids = fixture.appendRecords(4);
    expect(fixture.outbox.claimDue(Date.now(), 2)).toHaveLength(2); // the process died here
    const collector = await startCollector({
      dbPath: ':memory:',
      keys: [
        {
          keyId: fixture.deviceKey.keyId,
          publicKey: fixture.deviceKey.publicKeySpki.toString('base64'),
        },
      ],
    });
    try {
      const uploader = uploaderTo(collector.url);
      uploader.start();
      while (fixture.outbox.stats(Date.now()).acked < 4)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await uploader.stop();
      expect(
        collector.db
          .listRecords()
          .map((r) => r.recordId)
          .sort(),
      ).toEqual([...ids].sort());
    } finally {
      await collector.close();
    }
  });
});
