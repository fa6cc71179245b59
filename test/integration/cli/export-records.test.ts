import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPin } from '../../../src/core/kiosk/operator-login';
import { localDay } from '../../../src/core/local-day';
import { testRecord } from '../../support/upload-records';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';
import { runKiosk, runKioskWithInput } from './kiosk-cli';

const TECHNICIAN_PIN = '482915';
const OPERATOR_PIN = '730164';

describe('kiosk export of records against a real record store', () => {
  let store: UploadTestStore;
  let idNumber: string;
  let configPath: string;
  const today = localDay(Date.now());

  beforeAll(() => {
    store = openUploadTestStore();
    store.appendRecords(2);
    const card = testRecord(Date.now()).card;
    idNumber = 'idNumber' in card ? card.idNumber : card.prNumber;
    store.store.close();
    configPath = join(store.dir, 'local.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        version: 1,
        storage: { dbPath: store.dbPath, vaultDir: store.vaultDir },
        operator: {
          accounts: [
            { role: 'operator', pinHash: hashPin(OPERATOR_PIN) },
            { role: 'technician', pinHash: hashPin(TECHNICIAN_PIN) },
          ],
        },
      }),
    );
  });
  afterAll(() => store?.close());
  const fullExport = (pin: string, ...args: string[]) =>
    runKioskWithInput(store.dir, pin, 'export', '--full', ...args);

  const audits = () => {
    const db = new Database(store.dbPath, { readonly: true });
    try {
      return db.prepare("SELECT actor, detail FROM audit WHERE action = 'records-exported'").all();
    } finally {
      db.close();
    }
  };

  it('writes the records masked by default, UTF-8 with BOM and the documented header', async () => {
    const run = await runKiosk(
      store.dir,
      'export',
      '--db',
      store.dbPath,
      '--vault',
      store.vaultDir,
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFrecord_id,captured_at,point_code,method,decision,upload_state,acknowledged_at,purged_at,card_type,name,id_number',
    );
    expect(lines).toHaveLength(4);
    expect(run.stdout).not.toContain(idNumber);
    expect(lines[1]).toContain(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(lines[1]).toMatch(/,pending,,,/);
    expect(audits()).toEqual([]);
  });

  it('exports nothing for a range without records', async () => {
    const run = await runKiosk(
      store.dir,
      'export',
      '--db',
      store.dbPath,
      '--vault',
      store.vaultDir,
      '--from',
      '2001-01-01',
      '--to',
      '2001-01-31',
    );
    expect(run.stdout.split('\r\n')).toHaveLength(2);
  });

  it('refuses a full export without a technician PIN and writes nothing', async () => {
    const operator = await fullExport(
      `${OPERATOR_PIN}
`,
      '--config',
      configPath,
    );
    expect(operator.code).toBe(1);
    expect(operator.stdout).toBe('');
    expect(operator.stderr).toContain('needs a technician PIN');
    const noConfig = await fullExport(
      `${TECHNICIAN_PIN}
`,
      '--db',
      store.dbPath,
      '--vault',
      store.vaultDir,
    );
    expect(noConfig.code).toBe(1);
    expect(audits()).toEqual([]);
  });

  it('gives whole card numbers to a technician and audits the export under the technician', async () => {
    const run = await fullExport(
      `${TECHNICIAN_PIN}
`,
      '--config',
      configPath,
      '--from',
      today,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(idNumber);
    expect(audits()).toEqual([
      {
        actor: 'technician-2',
        detail: `full export ${today}..${today}, 2 records, to standard output`,
      },
    ]);
  });
});
