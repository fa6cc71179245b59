import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queueCommand } from '../../../src/cli/commands/queue';
import { collectorCommand } from '../../../src/cli/commands/collector';
import { UsageError } from '../../../src/cli/command';
import { startCollector, type RunningCollector } from '../../../src/collector/collector-server';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';

let fixture: UploadTestStore;
let collector: RunningCollector;
let out: string;
let errors: string;

beforeEach(async () => {
  fixture = openUploadTestStore();
  fixture.appendRecords(3);
  fixture.store.close(); // the command opens the store itself, as a technician would
  collector = await startCollector({ dbPath: ':memory:' });
  out = '';
  errors = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk) => ((errors += String(chunk)), true),
  );
});
afterEach(async () => {
  vi.restoreAllMocks();
  await collector.close();
  fixture.close();
});

const stores = () => ['--db', fixture.dbPath, '--vault', fixture.vaultDir];
let configs = 0;
const configFile = (layer: object) => {
  const path = join(fixture.dir, `config-${(configs += 1)}.json`);
  writeFileSync(path, JSON.stringify({ version: 1, ...layer }));
  return path;
};

describe('kiosk queue', () => {
  it('reports the queue as JSON', async () => {
    expect(await queueCommand.run(['status', '--json', ...stores()])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ pending: 3, due: 3, sending: 0, acked: 0 });
  });

  it('drains to the given endpoint once the device key is registered, and says what happened', async () => {
    expect(await queueCommand.run(['drain', '--endpoint', collector.url, ...stores()])).toBe(1);
    expect(errors).toContain('device key');
    expect(collector.db.listRecords()).toHaveLength(0);

    const dbPath = join(fixture.dir, 'collector.db');
    expect(
      await collectorCommand.run([
        '--db',
        dbPath,
        '--register-key',
        fixture.deviceKey.publicKeySpki.toString('base64'),
      ]),
    ).toBe(0);
    await collector.close();
    collector = await startCollector({ dbPath });
    // The 401 set a backoff; a technician's drain sends what is due, so move the clock past it.
    vi.useFakeTimers({ now: Date.now() + 3_600_000, toFake: ['Date'] });
    try {
      expect(await queueCommand.run(['drain', '--endpoint', collector.url, ...stores()])).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(collector.db.listRecords()).toHaveLength(3);
    expect(out).toContain('3 stored');
  });

  it('refuses to drain without an endpoint and to run without a vault', async () => {
    expect(await queueCommand.run(['drain', ...stores()])).toBe(1);
    expect(errors).toContain('--endpoint');
    const nowhere = configFile({ storage: { vaultDir: join(fixture.dir, 'no-vault') } });
    expect(await queueCommand.run(['status', '--config', nowhere])).toBe(1);
    expect(errors).toContain('vault');
    await expect(queueCommand.run(['sideways', ...stores()])).rejects.toThrow(UsageError);
  });

  it('drains with the configured platform to the configured endpoint, store and vault', async () => {
    const where = { dbPath: fixture.dbPath, vaultDir: fixture.vaultDir };
    const standard = configFile({
      storage: where,
      upload: { endpoint: collector.url, platform: 'national-standard' },
    });
    expect(await queueCommand.run(['drain', '--config', standard])).toBe(1);
    expect(errors).toContain('platform credentials');
    const reference = configFile({ storage: where, upload: { endpoint: collector.url } });
    expect(await queueCommand.run(['drain', '--config', reference])).toBe(1);
    // The collector answered: it does not know this device's key yet.
    expect(errors).toContain('device key');
    expect(collector.db.listRecords()).toHaveLength(0);
  });
});
