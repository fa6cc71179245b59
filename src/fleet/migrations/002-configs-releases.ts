/** Schema version 2: published configuration versions and application releases with their rollout share. */
export const MIGRATION_002 = `
CREATE TABLE config_versions (
  version      serial PRIMARY KEY,
  scope        text NOT NULL CHECK (scope IN ('fleet', 'point', 'kiosk')),
  target       text,
  document     jsonb NOT NULL,
  published_at timestamptz NOT NULL,
  published_by text NOT NULL,
  CHECK ((scope = 'fleet') = (target IS NULL))
);
CREATE INDEX config_versions_target ON config_versions (scope, target, version DESC);

ALTER TABLE kiosks
  ADD COLUMN config_applied integer,
  ADD COLUMN config_refused integer,
  ADD COLUMN config_refused_reason text;

CREATE TABLE releases (
  version      text PRIMARY KEY,
  url          text NOT NULL,
  sha512       text NOT NULL,
  percentage   integer NOT NULL CHECK (percentage BETWEEN 0 AND 100),
  published_at timestamptz NOT NULL,
  published_by text NOT NULL
);
`;
