import type { SchemaMigration } from '@casemgmt/kernel';

/** The schema care plan owns. */
export const CARE_PLAN_SCHEMA = 'care_plan';

// Care plan's own view of the cases it serves, fed by intake's published events (ADR 0027): only what care plan
// works with, nothing personal. `needs` holds need codes; `safety_flags` the screening, instrument and due date of
// each flag, never the answers. The consumer's inbox makes each event count once; `last_stream_version` is kept to
// show how far the row has followed the case's stream.
const CREATE_CASES = `
CREATE TABLE care_plan.cases (
  tenant_id           text        NOT NULL,
  case_id             text        NOT NULL,
  client_id           text        NOT NULL,
  program             text        NOT NULL,
  priority            text        NOT NULL,
  status              text        NOT NULL,
  team_id             text        NOT NULL,
  case_manager_id     text,
  opened_at           timestamptz NOT NULL,
  closed_at           timestamptz,
  needs               jsonb       NOT NULL DEFAULT '[]'::jsonb,
  safety_flags        jsonb       NOT NULL DEFAULT '[]'::jsonb,
  last_stream_version integer     NOT NULL,
  updated_at          timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, case_id)
);
CREATE INDEX cases_by_case_manager ON care_plan.cases (tenant_id, case_manager_id) WHERE case_manager_id IS NOT NULL;
CREATE INDEX cases_by_team ON care_plan.cases (tenant_id, team_id);
`;

/** The `care_plan` schema's history; append new versions, never edit applied ones. */
export const CARE_PLAN_MIGRATIONS: readonly SchemaMigration[] = [
  { version: 1, name: 'the cases care plan serves', sql: CREATE_CASES },
  {
    version: 2,
    name: 'the latest screening total of each instrument, for goals measured by one',
    sql: "ALTER TABLE care_plan.cases ADD COLUMN latest_scores jsonb NOT NULL DEFAULT '{}'::jsonb;",
  },
];
