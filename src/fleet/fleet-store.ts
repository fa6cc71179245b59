// The fleet database (PostgreSQL through pg): kiosks, heartbeats, alarms, configuration versions,
// releases and the staff audit trail. One query per heartbeat keeps a beat to one round trip.
import pg from 'pg';
import type { Heartbeat } from '../shared/fleet/heartbeat-schema';
import type { JsonObject } from '../shared/config/config-layers';
import { migrate } from './fleet-migrations';

/** A registered kiosk as the heartbeat intake needs it. */
export interface KioskIdentity {
  readonly deviceId: string;
  readonly publicKey: string;
  readonly pointCode: string;
}

/** A kiosk as the fleet page and the list API show it. */
export interface KioskRow {
  readonly deviceId: string;
  readonly pointCode: string;
  readonly countyCode: string;
  readonly lastSeenAtMs: number | null;
  readonly heartbeat: Heartbeat | null;
  readonly configApplied: number | null;
  readonly configRefused: { version: number; reason: string } | null;
}

/** Where a configuration version applies. */
export type ConfigScope =
  | { readonly scope: 'fleet' }
  | { readonly scope: 'point'; readonly target: string }
  | { readonly scope: 'kiosk'; readonly target: string };

/** A release with its rollout share. */
export interface Release {
  readonly version: string;
  readonly url: string;
  readonly sha512: string;
  readonly percentage: number;
}

/** The queries the fleet service runs. */
export type FleetStore = ReturnType<typeof storeOn>;

/** Opens a pool on `url` and migrates the schema to the newest version. */
export async function openFleetStore(url: string, maxConnections = 10): Promise<FleetStore> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  await migrate(pool);
  return storeOn(pool);
}

const at = (ms: number) => new Date(ms);

function storeOn(pool: pg.Pool) {
  return {
    pool,
    async registerKiosk(
      kiosk: KioskIdentity & { keyId: string; countyCode: string },
      atMs: number,
    ) {
      await pool.query(
        `INSERT INTO kiosks (device_id, key_id, public_key, point_code, county_code, registered_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (device_id) DO UPDATE SET key_id = $2, public_key = $3, point_code = $4, county_code = $5`,
        [kiosk.deviceId, kiosk.keyId, kiosk.publicKey, kiosk.pointCode, kiosk.countyCode, at(atMs)],
      );
    },
    async kioskByKey(keyId: string): Promise<KioskIdentity | null> {
      const { rows } = await pool.query<{
        device_id: string;
        public_key: string;
        point_code: string;
      }>('SELECT device_id, public_key, point_code FROM kiosks WHERE key_id = $1', [keyId]);
      const row = rows[0];
      return row
        ? { deviceId: row.device_id, publicKey: row.public_key, pointCode: row.point_code }
        : null;
    },
    async recordHeartbeat(beat: Heartbeat, atMs: number): Promise<void> {
      const alarm = beat.lastAlarm;
      await pool.query(
        `WITH h AS (INSERT INTO heartbeats (device_id, received_at, body) VALUES ($1, $2, $3)),
              a AS (INSERT INTO alarms (device_id, code, severity, raised_at)
                    SELECT $1, $4, $5, $6 WHERE $4::text IS NOT NULL ON CONFLICT DO NOTHING)
         UPDATE kiosks SET last_seen_at = $2, last_heartbeat = $3, config_applied = $7,
                config_refused = $8, config_refused_reason = $9
         WHERE device_id = $1`,
        [
          beat.deviceId,
          at(atMs),
          beat,
          alarm?.code ?? null,
          alarm?.severity ?? null,
          alarm ? at(alarm.atMs) : null,
          beat.config.appliedVersion,
          beat.config.refused?.version ?? null,
          beat.config.refused?.reason ?? null,
        ],
      );
    },
    /** The newest fleet, point and kiosk versions that apply to a kiosk, broadest first. */
    async configsFor(deviceId: string, pointCode: string) {
      const { rows } = await pool.query<{ version: number; document: JsonObject }>(
        `SELECT * FROM (
           SELECT DISTINCT ON (scope) scope, version, document FROM config_versions
           WHERE scope = 'fleet' OR (scope = 'point' AND target = $2) OR (scope = 'kiosk' AND target = $1)
           ORDER BY scope, version DESC) newest
         ORDER BY CASE scope WHEN 'fleet' THEN 0 WHEN 'point' THEN 1 ELSE 2 END`,
        [deviceId, pointCode],
      );
      return rows;
    },
    async publishConfig(scope: ConfigScope, document: JsonObject, staff: string, atMs: number) {
      const target = scope.scope === 'fleet' ? null : scope.target;
      const { rows } = await pool.query<{ version: number }>(
        `INSERT INTO config_versions (scope, target, document, published_at, published_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING version`,
        [scope.scope, target, document, at(atMs), staff],
      );
      return rows[0]?.version ?? 0;
    },
    async publishRelease(release: Release, staff: string, atMs: number) {
      await pool.query(
        `INSERT INTO releases (version, url, sha512, percentage, published_at, published_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (version) DO UPDATE SET percentage = $4`,
        [release.version, release.url, release.sha512, release.percentage, at(atMs), staff],
      );
    },
    async latestRelease(): Promise<Release | null> {
      const { rows } = await pool.query<Release>(
        'SELECT version, url, sha512, percentage FROM releases ORDER BY published_at DESC LIMIT 1',
      );
      return rows[0] ?? null;
    },
    async listKiosks(filter: { point?: string; county?: string }): Promise<KioskRow[]> {
      const { rows } = await pool.query(
        `SELECT device_id, point_code, county_code, last_seen_at, last_heartbeat, config_applied,
                config_refused, config_refused_reason
         FROM kiosks WHERE ($1::text IS NULL OR point_code = $1) AND ($2::text IS NULL OR county_code = $2)
         ORDER BY county_code, point_code, device_id`,
        [filter.point ?? null, filter.county ?? null],
      );
      return rows.map((row) => ({
        deviceId: row.device_id,
        pointCode: row.point_code,
        countyCode: row.county_code,
        lastSeenAtMs: row.last_seen_at ? (row.last_seen_at as Date).getTime() : null,
        heartbeat: row.last_heartbeat,
        configApplied: row.config_applied,
        configRefused:
          row.config_refused === null
            ? null
            : { version: row.config_refused, reason: row.config_refused_reason },
      }));
    },
    async audit(staff: string, action: string, detail: JsonObject, atMs: number) {
      await pool.query('INSERT INTO audit (at, staff, action, detail) VALUES ($1, $2, $3, $4)', [
        at(atMs),
        staff,
        action,
        detail,
      ]);
    },
    close: () => pool.end(),
  };
}
