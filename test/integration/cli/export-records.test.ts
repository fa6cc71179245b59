import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccountToStore } from '../../../src/core/staff/account-provisioning';
import { staffLogEntries } from '../../../src/core/staff/staff-log';
import { localDay } from '../../../src/core/local-day';
import { recordCardNumber } from '../../../src/core/records/record-card-number';
import { testRecord } from '../../support/upload-records';
import { openUploadTestStore, type UploadTestStore } from '../../support/upload-store';
import { runKiosk, runKioskWithInput } from './kiosk-cli';
import { CHEAP_PIN_COST } from '../../support/cheap-pin-cost';

const TECHNICIAN_PIN = '482915';
const OPERATOR_PIN = '730164';

describe('kiosk export of records against a real record store', () => {
  let store: UploadTestStore;
  let idNumber: string;
  let configPath: string;
  const today = localDay(Date.now());

  beforeAll(async () => {
    store = openUploadTestStore();
    store.appendRecords(2);
    idNumber = recordCardNumber(testRecord(Date.now()).card);
    store.store.close();
    configPath = join(store.dir, 'local.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        version: 1,
        storage: { dbPath: store.dbPath, vaultDir: store.vaultDir },
      }),
    );
    const now = Date.now();
    await addAccountToStore(
      store.dbPath,
      { name: 'op-li', role: 'operator', pin: OPERATOR_PIN },
      now,
      CHEAP_PIN_COST,
    );
    await addAccountToStore(
      store.dbPath,
      { name: 'tech-wang', role: 'technician', pin: TECHNICIAN_PIN },
      now,
      CHEAP_PIN_COST,
    );
  });
  afterAll(() => store?.close());

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

  it('refuses a full export without a technician login and writes nothing', async () => {
    const operator = await runKioskWithInput(
      store.dir,
      `${OPERATOR_PIN}\n`,
      'export',
      '--full',
      '--config',
      configPath,
      '--account',
      'op-li',
    );
    expect(operator.code).toBe(1);
    expect(operator.stdout).toBe('');
    expect(operator.stderr).toContain('needs a technician login');
    const noAccount = await runKioskWithInput(
      store.dir,
      `${TECHNICIAN_PIN}\n`,
      'export',
      '--full',
      '--db',
      store.dbPath,
      '--vault',
      store.vaultDir,
    );
    expect(noAccount.code).toBe(1);
    expect(audits()).toEqual([]);
  });

  it('gives whole card numbers to a technician and audits the export under the technician', async () => {
    const run = await runKioskWithInput(
      store.dir,
      `${TECHNICIAN_PIN}\n`,
      'export',
      '--full',
      '--config',
      configPath,
      '--account',
      'tech-wang',
      '--from',
      today,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(idNumber);
    const detail = `full export ${today}..${today}, 2 records, to standard output`;
    expect(audits()).toEqual([{ actor: 'tech-wang', detail }]);
    const db = new Database(store.dbPath, { readonly: true });
    expect([...staffLogEntries(db)].at(-1)).toMatchObject({
      account: 'tech-wang',
      role: 'technician',
      action: 'export',
      detail: { detail },
    });
    db.close();
  });
});
