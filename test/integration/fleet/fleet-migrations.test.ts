// One test per fleet schema version, each migrating N-1 to N on a real PostgreSQL with data in it.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../src/fleet/fleet-migrations';
import { startPostgres, type PostgresCluster } from '../../support/postgres-cluster';

let cluster: PostgresCluster;

async function freshDatabase(name: string): Promise<pg.Pool> {
  const admin = new pg.Client(cluster.url);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return new pg.Pool({ connectionString: cluster.url.replace(/\/postgres$/, `/${name}`) });
}

beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
});

describe('fleet schema migrations', () => {
  it('1: creates kiosks, heartbeats, alarms and audit on an empty database', async () => {
    const pool = await freshDatabase('m1');
    expect(await migrate(pool, 1)).toBe(1);
    await pool.query(
      "INSERT INTO kiosks (device_id, key_id, public_key, point_code, county_code, registered_at) VALUES ('K-001', 'ed25519:x', 'AAAA', 'P1', 'C1', now())",
    );
    await pool.query("INSERT INTO heartbeats VALUES ('K-001', now(), '{}')");
    await expect(
      pool.query("INSERT INTO heartbeats VALUES ('K-404', now(), '{}')"),
    ).rejects.toThrow(/foreign key/);
    await pool.end();
  });

  it('2: adds configuration versions, releases and the applied version, keeping the kiosks', async () => {
    const pool = await freshDatabase('m2');
    await migrate(pool, 1);
    await pool.query(
      "INSERT INTO kiosks (device_id, key_id, public_key, point_code, county_code, registered_at) VALUES ('K-002', 'ed25519:y', 'AAAA', 'P1', 'C1', now())",
    );
    expect(await migrate(pool, 2)).toBe(2);
    const { rows } = await pool.query('SELECT device_id, config_applied FROM kiosks');
    expect(rows).toEqual([{ device_id: 'K-002', config_applied: null }]);
    await expect(
      pool.query(
        "INSERT INTO config_versions (scope, target, document, published_at, published_by) VALUES ('fleet', 'P1', '{}', now(), 't')",
      ),
    ).rejects.toThrow(/check/);
    await pool.end();
  });

  it('refuses to run against a database newer than this server', async () => {
    const pool = await freshDatabase('m3');
    await migrate(pool);
    await pool.query('INSERT INTO schema_migrations (version) VALUES ($1)', [
      MIGRATIONS.length + 1,
    ]);
    await expect(migrate(pool)).rejects.toThrow(/upgrade the server/);
    await pool.end();
  });
});
