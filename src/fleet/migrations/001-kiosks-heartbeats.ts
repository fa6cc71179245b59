/** Schema version 1: registered kiosks, their heartbeats, alarms and the staff audit trail. */
export const MIGRATION_001 = `
CREATE TABLE kiosks (
  device_id      text PRIMARY KEY,
  key_id         text NOT NULL UNIQUE,
  public_key     text NOT NULL,
  point_code     text NOT NULL,
  county_code    text NOT NULL,
  registered_at  timestamptz NOT NULL,
  last_seen_at   timestamptz,
  last_heartbeat jsonb
);
CREATE INDEX kiosks_point ON kiosks (county_code, point_code);

CREATE TABLE heartbeats (
  device_id   text NOT NULL REFERENCES kiosks (device_id) ON DELETE CASCADE,
  received_at timestamptz NOT NULL,
  body        jsonb NOT NULL
);
CREATE INDEX heartbeats_device_time ON heartbeats (device_id, received_at DESC);

CREATE TABLE alarms (
  device_id text NOT NULL REFERENCES kiosks (device_id) ON DELETE CASCADE,
  code      text NOT NULL,
  severity  text NOT NULL CHECK (severity IN ('warning', 'critical')),
  raised_at timestamptz NOT NULL,
  PRIMARY KEY (device_id, code, raised_at)
);

CREATE TABLE audit (
  id     bigserial PRIMARY KEY,
  at     timestamptz NOT NULL,
  staff  text NOT NULL,
  action text NOT NULL,
  detail jsonb NOT NULL
);
`;
