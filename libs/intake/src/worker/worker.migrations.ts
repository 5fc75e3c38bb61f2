import type { SchemaMigration } from '@casemgmt/kernel';

// Worker read models: versions 400-499 of the intake schema. Append new versions, never edit applied ones.
export const WORKER_MIGRATIONS: readonly SchemaMigration[] = [
  {
    version: 400,
    name: 'workers',
    sql: `
CREATE TABLE intake.worker (
  tenant_id       text NOT NULL,
  worker_id       text NOT NULL,
  display_name    text NOT NULL,
  team_id         text NOT NULL,
  roles           text[] NOT NULL,
  active          boolean NOT NULL,
  registered_at   timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  stream_version  integer NOT NULL,
  PRIMARY KEY (tenant_id, worker_id)
);
-- a team's workers (GET /intake/workers)
CREATE INDEX worker_team ON intake.worker (tenant_id, team_id, worker_id);
`,
  },
];
