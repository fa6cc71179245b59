import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../../src/cli/command';
import { queueCommand } from '../../../src/cli/commands/queue';
import { verifyLogCommand } from '../../../src/cli/commands/verify-log';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';

const DAY = 86_400_000;
let fixture: UploadTestStore;
let ids: string[];
let out: string;
let errors: string;

beforeEach(() => {
  fixture = openUploadTestStore();
  ids = fixture.appendRecords(3);
  const now = Date.now();
  fixture.outbox.claimDue(now + 10, 3);
  fixture.outbox.markAckedBatch([{ recordId: ids[0]!, atMs: now - 31 * DAY, how: 'stored' }]);
  fixture.outbox.markAckedBatch([{ recordId: ids[1]!, atMs: now - 29 * DAY, how: 'stored' }]);
  fixture.outbox.markQuarantined(ids[2]!, now, '422 unknown point code');
  fixture.store.close(); // the command opens the store itself, as a technician would
  out = '';
  errors = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk) => ((errors += String(chunk)), true),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  fixture.close();
});

const stores = () => ['--db', fixture.dbPath, '--vault', fixture.vaultDir];

describe('kiosk queue purge and quarantine', () => {
  it('purges only what was acknowledged longer ago than the retention, and verify-log still passes', async () => {
    expect(await queueCommand.run(['purge', '--json', ...stores()])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ purged: 1 });
    out = '';
    expect(await queueCommand.run(['purge', '--retention-days', '28', ...stores()])).toBe(0);
    expect(out).toContain('Removed the personal data of 1 acknowledged records');
    out = '';
    expect(await verifyLogCommand.run([...stores()])).toBe(0);
    expect(out).toContain('3 records');
  });

  it('purges by the configured retention when no --retention-days is given', async () => {
    const config = join(fixture.dir, 'kiosk.json');
    writeFileSync(config, JSON.stringify({ version: 1, upload: { retentionDays: 28 } }));
    expect(await queueCommand.run(['purge', '--json', '--config', config, ...stores()])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ purged: 2 });
  });

  it('lists a quarantined record with its refusal and masked number, then retries it', async () => {
    expect(await queueCommand.run(['quarantine', 'list', '--json', ...stores()])).toBe(0);
    expect(JSON.parse(out)).toEqual([
      expect.objectContaining({
        recordId: ids[2],
        refusal: '422 unknown point code',
        maskedIdNumber: expect.stringMatching(/^\d{4}\*{10}\d{3}[\dX]$/),
      }),
    ]);
    expect(await queueCommand.run(['quarantine', 'retry', ids[2]!, ...stores()])).toBe(0);
    out = '';
    expect(await queueCommand.run(['status', '--json', ...stores()])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ pending: 1, quarantined: 0 });
  });

  it('discards only with a reason, and says so when the record is not quarantined', async () => {
    await expect(queueCommand.run(['quarantine', 'discard', ids[2]!, ...stores()])).rejects.toThrow(
      UsageError,
    );
    await expect(
      queueCommand.run([
        'quarantine',
        'discard',
        ids[2]!,
        '--reason',
        'x'.repeat(201),
        ...stores(),
      ]),
    ).rejects.toThrow('3 to 200 characters');
    expect(await queueCommand.run(['status', '--json', ...stores()])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ quarantined: 1 });
    expect(
      await queueCommand.run([
        'quarantine',
        'discard',
        ids[2]!,
        '--reason',
        'sent twice',
        ...stores(),
      ]),
    ).toBe(0);
    expect(
      await queueCommand.run([
        'quarantine',
        'discard',
        ids[2]!,
        '--reason',
        'sent twice',
        ...stores(),
      ]),
    ).toBe(1);
    expect(errors).toContain('not in quarantine');
  });
});
