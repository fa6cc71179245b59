// The upload service as the kiosk runs it, against the reference receiver over real HTTP on a real
// store: the console hears of the queue once per drain pass, whatever the pass did.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/core/clock';
import { openFileVault } from '../../../src/core/device/key-vault-file';
import { silentLogger } from '../../../src/core/log/logger';
import { startUploadService } from '../../../src/core/services/upload-service';
import { DEFAULT_CONFIG } from '../../../src/shared/config/config-defaults';
import type { KioskEvent } from '../../../src/shared/kiosk-api/events';
import { PLATFORM_PEERS, type RunningPeer } from '../../support/platform-peers';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';

const reference = PLATFORM_PEERS.find((peer) => peer.name === 'reference')!;

describe('upload service', () => {
  let store: UploadTestStore;
  let peer: RunningPeer;
  beforeEach(async () => {
    store = openUploadTestStore();
    peer = await reference.start(store);
  });
  afterEach(async () => {
    await peer.close();
    store.close();
  });

  /** Starts the service; `passEnded` resolves at the first queue change it reports. */
  const start = () => {
    const emitted: KioskEvent[] = [];
    let changes = 0;
    let changed!: () => void;
    const passEnded = new Promise<void>((resolve) => (changed = resolve));
    const service = startUploadService({
      upload: { ...DEFAULT_CONFIG.upload, endpoint: peer.receiver.url },
      outbox: store.outbox,
      deviceKey: store.deviceKey,
      vault: openFileVault(store.vaultDir),
      clock: systemClock,
      logger: silentLogger,
      emit: (event) => emitted.push(event),
      queueChanged: () => {
        changes += 1;
        changed();
      },
    });
    return { service, emitted, passEnded, changes: () => changes };
  };

  it('reports the queue once after a pass that sent records but left one waiting for a later attempt', async () => {
    const [waiting] = store.appendRecords(3);
    const laterMs = Date.now() + 600_000;
    const claimed = store.outbox.claimDue(Date.now(), 1);
    expect(claimed.map((item) => item.recordId)).toEqual([waiting]);
    store.outbox.markRetry(waiting!, laterMs, 'network-connection');

    const { service, emitted, passEnded, changes } = start();
    expect(service.lastUploadOkAtMs()).toBeNull();
    await passEnded;
    await service.stop();

    // Neither drained (one still pending) nor deferred (nothing failed in this pass): still reported.
    expect(changes()).toBe(1);
    expect(store.outbox.stats(Date.now())).toMatchObject({ pending: 1, sending: 0, acked: 2 });
    expect(peer.storedIds()).toHaveLength(2);
    expect(service.lastUploadOkAtMs()).not.toBeNull();
    expect(emitted).toEqual([]);
  });

  it('reports a pass that sent nothing without calling it a successful upload', async () => {
    const { service, passEnded, changes } = start();
    await passEnded;
    await service.stop();
    expect(changes()).toBe(1);
    expect(service.lastUploadOkAtMs()).toBeNull();
  });
});
