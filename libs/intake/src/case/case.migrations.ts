import type { SchemaMigration } from '@casemgmt/kernel';

// Case read models: versions 200-299 of the intake schema. Append new versions, never edit applied ones.
export const CASE_MIGRATIONS: readonly SchemaMigration[] = [
  {
    version: 200,
    name: 'caseload entries and case summaries',
    sql: `
CREATE TABLE intake.caseload_entry (
  tenant_id          text NOT NULL,
  case_id            text NOT NULL,
  client_id          text NOT NULL,
  program_id         text NOT NULL,
  priority           text NOT NULL,
  status             text NOT NULL,
  team_id            text NOT NULL,
  case_manager_id    text,
  opened_by          text NOT NULL,
  opened_at          timestamptz NOT NULL,
  last_event_at      timestamptz NOT NULL,
  safety_flag_open   boolean NOT NULL DEFAULT false,
  needs              text[] NOT NULL DEFAULT '{}',
  stream_version     integer NOT NULL,
  PRIMARY KEY (tenant_id, case_id)
);
-- a worker's open cases (the caseload limit, GET /intake/caseloads/me) and a team's (GET /intake/caseloads)
CREATE INDEX caseload_entry_case_manager ON intake.caseload_entry (tenant_id, case_manager_id) WHERE status <> 'closed';
CREATE INDEX caseload_entry_team ON intake.caseload_entry (tenant_id, team_id) WHERE status <> 'closed';

CREATE TABLE intake.case_summary (
  tenant_id             text NOT NULL,
  case_id               text NOT NULL,
  client_id             text NOT NULL,
  program_id            text NOT NULL,
  priority              text NOT NULL,
  status                text NOT NULL,
  team_id               text NOT NULL,
  case_manager_id       text,
  opened_by             text NOT NULL,
  opened_at             timestamptz NOT NULL,
  referral_source_kind  text NOT NULL,
  screening_phq_9       jsonb,
  screening_gad_7       jsonb,
  screening_audit_c     jsonb,
  screening_ahc_hrsn    jsonb,
  needs                 jsonb NOT NULL DEFAULT '[]',
  eligibility           jsonb,
  safety_flag_open      boolean NOT NULL DEFAULT false,
  latest_safety_flag    jsonb,
  closed_at             timestamptz,
  closed_outcome        text,
  closed_reason         text,
  version               integer NOT NULL,
  updated_at            timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, case_id)
);
-- an erasure blanks the free text of every case of the client
CREATE INDEX case_summary_client ON intake.case_summary (tenant_id, client_id);
`,
  },
  {
    version: 201,
    name: 'case summaries without free text',
    // The closing reason was personal data in clear (ADR 0014); the projection's new version rebuilds every row.
    sql: `ALTER TABLE intake.case_summary DROP COLUMN closed_reason;
TRUNCATE intake.case_summary;`,
  },
];
