// Every kind of damage to the stored log is detected and named; wrong keys and broken files give
// typed errors and leave the data as it was.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { KeyVaultError } from '../../../src/core/device/key-vault';
import { initFileVault, openFileVault } from '../../../src/core/device/key-vault-file';
import { openRecordStore } from '../../../src/core/store/record-store';
import { StoreError } from '../../../src/core/store/store-error';
import { sampleDraft } from '../../unit/records/sample-record';
import { T0, useStoreFixture } from './store-fixture';

const flipByte = (bytes: Buffer, at: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
};

describe('tampering with the stored log', () => {
  const fixture = useStoreFixture();
  let ids: string[];
  beforeEach(() => {
    const store = fixture().open();
    ids = [0, 1, 2].map((i) => store.appendRecord(sampleDraft(T0 + i, 64)).recordId);
    store.close();
  });

  const column = <T>(name: 'sealed' | 'signature', recordId: string): T => {
    const store = fixture().open();
    try {
      return store.db
        .prepare(`SELECT ${name} FROM records WHERE record_id = ?`)
        .pluck()
        .get(recordId) as T;
    } finally {
      store.close();
    }
  };

  const alter = (sql: string, ...params: unknown[]) => {
    const store = fixture().open();
    // An attacker editing the file is not held back by foreign keys.
    store.db.pragma('foreign_keys = OFF');
    store.db.prepare(sql).run(...params);
    const report = store.verifyLog();
    store.close();
    return report;
  };

  it('names a flipped byte in a sealed payload', () => {
    const sealed = flipByte(column<Buffer>('sealed', ids[1]!), 20);
    expect(
      alter('UPDATE records SET sealed = ? WHERE record_id = ?', sealed, ids[1]),
    ).toMatchObject({
      ok: false,
      firstBreak: { position: 2, recordId: ids[1], kind: 'seal-tampered' },
    });
  });

  it('names a flipped byte in a signature', () => {
    const signature = flipByte(
      Buffer.from(column<string>('signature', ids[0]!), 'base64'),
      5,
    ).toString('base64');
    expect(
      alter('UPDATE records SET signature = ? WHERE record_id = ?', signature, ids[0]),
    ).toMatchObject({
      ok: false,
      firstBreak: { position: 1, recordId: ids[0], kind: 'signature-invalid' },
    });
  });

  // `target` is the record the SQL alters, `named` the record verify-log must name (both as ids index).
  const cases: {
    what: string;
    sql: string;
    target: number;
    position: number;
    named: number;
    kind: string;
  }[] = [
    {
      what: 'a changed field of a record',
      sql: `UPDATE records SET clear_json = replace(clear_json, '"op-07"', '"op-99"') WHERE record_id = ?`,
      target: 2,
      position: 3,
      named: 2,
      kind: 'signature-invalid',
    },
    {
      what: 'a changed chain hash',
      sql: "UPDATE records SET record_hash = substr(record_hash, 1, 63) || 'x' WHERE record_id = ?",
      target: 1,
      position: 2,
      named: 1,
      kind: 'hash-mismatch',
    },
    {
      what: 'a deleted record, at its successor',
      sql: 'DELETE FROM records WHERE record_id = ?',
      target: 1,
      position: 2,
      named: 2,
      kind: 'link-broken',
    },
  ];
  it.each(cases)('names $what', ({ sql, target, position, named, kind }) => {
    expect(alter(sql, ids[target])).toMatchObject({
      ok: false,
      firstBreak: { position, recordId: ids[named], kind },
    });
  });
});

describe('keys and files that do not fit', () => {
  const fixture = useStoreFixture();
  beforeEach(() => {
    const store = fixture().open();
    store.appendRecord(sampleDraft(T0));
    store.close();
  });

  it('refuses another vault with a wrong-key error and loses nothing', () => {
    const other = initFileVault(`${fixture().dir}/other-vault`);
    const wrong = openRecordStore({
      file: fixture().file,
      vault: other,
      deviceKey: fixture().deviceKey,
    });
    expect(() => wrong.appendRecord(sampleDraft(T0 + 1))).toThrow(
      expect.objectContaining({ failure: 'wrong-key' }),
    );
    expect(() => wrong.verifyLog()).toThrow(KeyVaultError);
    wrong.close();
    const store = fixture().open();
    expect(store.verifyLog()).toMatchObject({ ok: true, records: 1 });
    store.close();
  });

  it('reports a missing vault as missing, never creating a new one', () => {
    rmSync(fixture().vaultDir, { recursive: true });
    expect(() => openFileVault(fixture().vaultDir)).toThrow(
      expect.objectContaining({ failure: 'missing' }),
    );
    expect(() => openFileVault(fixture().vaultDir)).toThrow(KeyVaultError);
  });

  it('refuses a damaged database file with a typed error and leaves the file as it was', () => {
    const damaged = Buffer.from(readFileSync(fixture().file));
    damaged.fill(0x5a, 4096, 8192);
    writeFileSync(fixture().file, damaged);
    expect(() => fixture().open()).toThrow(expect.objectContaining({ failure: 'corrupt' }));
    expect(readFileSync(fixture().file).equals(damaged)).toBe(true);
  });

  it('refuses a file that is not a database at all', () => {
    writeFileSync(fixture().file, 'this is not SQLite '.repeat(300));
    expect(() => fixture().open()).toThrow(StoreError);
    expect(() => fixture().open()).toThrow(expect.objectContaining({ code: 'store-corrupt' }));
  });
});
