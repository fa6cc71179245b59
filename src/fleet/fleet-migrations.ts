// Versioned schema migrations of the fleet database. Each runs in its own transaction under an
// advisory lock, so several fleet servers starting at once migrate the database exactly once.
import type pg from 'pg';
import { MIGRATION_001 } from './migrations/001-kiosks-heartbeats';
import { MIGRATION_002 } from './migrations/002-configs-releases';

/** Every migration in order; index + 1 is the schema version it produces. */
export const MIGRATIONS: readonly string[] = [MIGRATION_001, MIGRATION_002];

// An arbitrary constant that names "fleet schema migration" among advisory locks.
const LOCK_KEY = 0x666c6565;

/** The schema version of the database (0 when empty). */
export async function schemaVersion(db: pg.ClientBase): Promise<number> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const { rows } = await db.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM schema_migrations',
  );
  return rows[0]?.v ?? 0;
}

/** Brings the database to `target` (default: the newest); returns the version it is at. */
export async function migrate(pool: pg.Pool, target = MIGRATIONS.length): Promise<number> {
  const db = await pool.connect();
  try {
    await db.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    let version = await schemaVersion(db);
    if (version > MIGRATIONS.length)
      throw new Error(
        `The fleet database is at schema ${version}, newer than this server (${MIGRATIONS.length}): upgrade the server`,
      );
    while (version < target) {
      const sql = MIGRATIONS[version] ?? '';
      await db.query('BEGIN');
      try {
        await db.query(sql);
        await db.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
        await db.query('COMMIT');
      } catch (error) {
        await db.query('ROLLBACK');
        throw error;
      }
      version += 1;
    }
    return version;
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    db.release();
  }
}
