// Opens the kiosk's SQLite file with the durability settings record commits need.
import Database, { type Database as Db } from 'better-sqlite3';
import { migrate } from './migrate';
import { StoreError, withStoreErrors } from './store-error';

/** How long a writer waits for another connection's lock before StoreError 'busy'. */
const BUSY_TIMEOUT_MS = 5_000;

const AUTO_VACUUM_INCREMENTAL = 2;

/**
 * Puts the file in incremental auto-vacuum mode, so pages freed by purging can be returned to the
 * file system. A new file takes the setting at once; a file made before needs one VACUUM, which
 * rewrites it and so needs free space and sole use: otherwise it is left for the next start.
 */
function useIncrementalVacuum(db: Db): void {
  if (db.pragma('auto_vacuum', { simple: true }) === AUTO_VACUUM_INCREMENTAL) return;
  db.pragma(`auto_vacuum = ${AUTO_VACUUM_INCREMENTAL}`);
  const tables = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sqlite_master').get();
  if (!tables?.n) return;
  try {
    db.exec('VACUUM');
  } catch (error) {
    // A full disk, or another connection holding the file: the store works as before meanwhile.
    const code = (error as { code?: unknown }).code;
    if (code !== 'SQLITE_FULL' && code !== 'SQLITE_BUSY') throw error;
  }
}

/** Opens (creating unless `mustExist`) and migrates the store file; throws StoreError on a damaged file. */
export function openStoreDatabase(file: string, options: { mustExist?: boolean } = {}): Db {
  const db = withStoreErrors(
    () => new Database(file, { fileMustExist: options.mustExist ?? false }),
  );
  try {
    withStoreErrors(() => {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      useIncrementalVacuum(db);
      db.pragma('journal_mode = WAL');
      // WAL with synchronous=NORMAL does not fsync the WAL on commit: a power cut can then lose a
      // record whose append had already returned. FULL fsyncs every commit, so a returned append survives.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      // Deleted payloads (purge) are overwritten with zeros instead of lingering in free pages.
      db.pragma('secure_delete = ON');
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new StoreError('corrupt');
      migrate(db);
    });
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
