// Brings a database to the schema this build expects, one migration per version, each in its own
// transaction with PRAGMA user_version moved inside it, so an interrupted upgrade leaves no half step.
import type { Database } from 'better-sqlite3';
import { migration001 } from './migrations/001-records';
import { migration002 } from './migrations/002-outbox-audit';
import { migration003 } from './migrations/003-session-outcomes';
import { migration004 } from './migrations/004-staff';
import type { Migration } from './migrations/migration';

/** Every migration, in version order. */
const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];

/** The schema version this build writes. */
const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** The database's schema version (0 for a new file). */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the migrations above the database's version up to `target`; refuses a database newer than this build. */
export function migrate(db: Database, target = LATEST_SCHEMA_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new Error(
      `Database schema ${current} is newer than this build (${LATEST_SCHEMA_VERSION}); update the application`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
