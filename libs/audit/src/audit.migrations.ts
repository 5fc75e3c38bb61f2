import type { SchemaMigration } from '@casemgmt/kernel';

/** The schema the audit library owns. */
export const AUDIT_SCHEMA = 'audit';

// One hash chain per tenant: `sequence` is the position in that chain, `event` the canonical event the hash covers.
// The other columns repeat fields of `event` for queries; verify checks they still agree with it.
const CREATE_ENTRIES = `
CREATE TABLE audit.entries (
  tenant_id      text        NOT NULL,
  sequence       bigint      NOT NULL CHECK (sequence > 0),
  event_id       uuid        NOT NULL,
  published_type text        NOT NULL,
  service        text        NOT NULL,
  stream_id      text        NOT NULL,
  stream_version integer     NOT NULL,
  occurred_at    timestamptz NOT NULL,
  recorded_at    timestamptz NOT NULL,
  case_id        text,
  client_id      text,
  actor          jsonb       NOT NULL,
  event          jsonb       NOT NULL,
  previous_hash  text        NOT NULL,
  hash           text        NOT NULL,
  appended_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, sequence),
  CONSTRAINT entries_event_once UNIQUE (tenant_id, event_id)
);
CREATE INDEX entries_by_case ON audit.entries (tenant_id, case_id, sequence) WHERE case_id IS NOT NULL;
CREATE INDEX entries_by_stream ON audit.entries (tenant_id, stream_id, stream_version);
`;

// Append-only in the database itself, not only in the code: an UPDATE, DELETE or TRUNCATE raises. A superuser can
// still disable the trigger; the hash chain is what makes that visible.
const APPEND_ONLY = `
CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit.entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE ON audit.entries
  FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER entries_no_truncate BEFORE TRUNCATE ON audit.entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
`;

// An agency's compliance rule sets (ADR 0036), versioned and append-only like the trail: a version once published
// judged obligations, so it is never edited or removed; a change is a new version with its own effective date.
const COMPLIANCE_RULE_SETS = `
CREATE TABLE audit.compliance_rule_sets (
  tenant_id      text        NOT NULL,
  rule_set_id    text        NOT NULL,
  version        integer     NOT NULL CHECK (version > 0),
  program_id     text,
  effective_from date        NOT NULL,
  document       jsonb       NOT NULL,
  recorded_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  recorded_by    jsonb       NOT NULL,
  PRIMARY KEY (tenant_id, rule_set_id, version)
);
CREATE FUNCTION audit.refuse_rule_set_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit.compliance_rule_sets is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER compliance_rule_sets_append_only BEFORE UPDATE OR DELETE ON audit.compliance_rule_sets
  FOR EACH ROW EXECUTE FUNCTION audit.refuse_rule_set_change();
CREATE TRIGGER compliance_rule_sets_no_truncate BEFORE TRUNCATE ON audit.compliance_rule_sets
  FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_rule_set_change();
`;

// The compliance read model: each case's obligations under the occurred clock, replaced whole each time the case's
// entries change, and how far each tenant's chain has been evaluated. A rebuild starts from a missing checkpoint.
const COMPLIANCE_OBLIGATIONS = `
CREATE TABLE audit.compliance_obligations (
  tenant_id          text        NOT NULL,
  case_id            text        NOT NULL,
  program_id         text,
  worker_id          text,
  rule_id            text        NOT NULL,
  kind               text        NOT NULL,
  concerns           text,
  arisen_from        text,
  arose_at           timestamptz NOT NULL,
  due_at             timestamptz NOT NULL,
  status             text        NOT NULL,
  met_at             timestamptz,
  met_by             text,
  late_by_ms         bigint,
  overdue_by_ms      bigint,
  ended_by           text,
  fine_cents         bigint      NOT NULL,
  fine_at_risk_cents bigint      NOT NULL,
  rule_set_id        text        NOT NULL,
  rule_set_version   integer     NOT NULL,
  evaluated_at       timestamptz NOT NULL
);
CREATE INDEX compliance_obligations_by_case ON audit.compliance_obligations (tenant_id, case_id);
CREATE INDEX compliance_obligations_by_due ON audit.compliance_obligations (tenant_id, due_at);
CREATE TABLE audit.compliance_checkpoints (
  tenant_id    text        PRIMARY KEY,
  sequence     bigint      NOT NULL,
  evaluated_at timestamptz NOT NULL
);
`;

// A tenant-wide export is a request, not a file: its content is written again from the chain up to
// `up_to_sequence` each time it is read (ADR 0037), so nothing of a case is stored here; the counts show progress.
const CREATE_EXPORTS = `
CREATE TABLE audit.exports (
  tenant_id      text        NOT NULL,
  id             uuid        NOT NULL,
  format         text        NOT NULL CHECK (format IN ('json', 'csv', 'fhir')),
  requested_by   text        NOT NULL,
  up_to_sequence bigint      NOT NULL,
  total_cases    integer     NOT NULL,
  total_entries  bigint      NOT NULL,
  status         text        NOT NULL DEFAULT 'ready' CHECK (status IN ('ready', 'running', 'done', 'interrupted')),
  cases_done     integer     NOT NULL DEFAULT 0,
  entries_done   bigint      NOT NULL DEFAULT 0,
  created_at     timestamptz NOT NULL,
  started_at     timestamptz,
  progressed_at  timestamptz,
  finished_at    timestamptz,
  PRIMARY KEY (tenant_id, id)
);
`;

// When each case is to be evaluated again though nothing new is recorded (ADR 0036): a pending obligation falling due,
// a month beginning for an open case, or a publication of its deadlines not yet confirmed (ADR 0038). Every tenant's
// checkpoint is dropped so that its rebuild fills the table, and each obligation's team (a supervisor's scope).
const COMPLIANCE_REVIEWS = `
CREATE TABLE audit.compliance_reviews (
  tenant_id text        NOT NULL,
  case_id   text        NOT NULL,
  review_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, case_id)
);
CREATE INDEX compliance_reviews_by_time ON audit.compliance_reviews (review_at);
ALTER TABLE audit.compliance_obligations ADD COLUMN team_id text;
DELETE FROM audit.compliance_checkpoints;
`;

/** The `audit` schema's history; append new versions, never edit applied ones. */
export const AUDIT_MIGRATIONS: readonly SchemaMigration[] = [
  { version: 1, name: 'hash-chained entries', sql: CREATE_ENTRIES },
  { version: 2, name: 'entries are append-only', sql: APPEND_ONLY },
  {
    version: 3,
    name: 'a client’s entries by type and time, for the accounting of disclosures',
    sql: `CREATE INDEX entries_by_client ON audit.entries (tenant_id, client_id, published_type, occurred_at)
            WHERE client_id IS NOT NULL;`,
  },
  { version: 4, name: 'compliance rule sets, versioned and append-only', sql: COMPLIANCE_RULE_SETS },
  { version: 5, name: 'the compliance read model and its checkpoints', sql: COMPLIANCE_OBLIGATIONS },
  {
    version: 6,
    name: 'tenant-wide exports: what was asked, up to which entry, and how far the last read of it went',
    sql: CREATE_EXPORTS,
  },
  {
    version: 7,
    name: 'when each case’s compliance is evaluated again as time passes, and the team of each obligation’s case',
    sql: COMPLIANCE_REVIEWS,
  },
];
