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

// The worklist (issue 12): what is to be done on each case and by when, derived from intake's and care plan's events.
// An item belongs to its case, never to a worker: the query joins `cases`, so an assignment or a transfer moves it.
// `ref` names the plan, intervention, appointment or screening it is about ('' for the case's own first contact and
// plan approval); `state` keeps satisfied and removed items, so an event handled again finds its item settled and
// does not bring it back. `worklist_cases` keeps what a later item may already be satisfied by: the case's latest
// contact that reached someone and its first approval, whichever consumer gets there first.
const CREATE_WORKLIST = `
CREATE TABLE care_plan.worklist_items (
  tenant_id      text        NOT NULL,
  case_id        text        NOT NULL,
  kind           text        NOT NULL,
  ref            text        NOT NULL,
  plan_id        text,
  goal_id        text,
  due_at         timestamptz NOT NULL,
  raised_at      timestamptz NOT NULL,
  state          text        NOT NULL CHECK (state IN ('open', 'satisfied', 'removed')),
  settled_by     text,
  settled_at     timestamptz,
  stream_version integer     NOT NULL,
  -- When the row last changed, by the database's clock: how far the list trails the events that change it.
  changed_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, case_id, kind, ref)
);
CREATE INDEX worklist_items_open ON care_plan.worklist_items (tenant_id, case_id, due_at) WHERE state = 'open';
CREATE TABLE care_plan.worklist_cases (
  tenant_id        text        NOT NULL,
  case_id          text        NOT NULL,
  last_contact_at  timestamptz,
  plan_approved_at timestamptz,
  PRIMARY KEY (tenant_id, case_id)
);
`;

/** The `care_plan` schema's history; append new versions, never edit applied ones. */
export const CARE_PLAN_MIGRATIONS: readonly SchemaMigration[] = [
  { version: 1, name: 'the cases care plan serves', sql: CREATE_CASES },
  {
    version: 2,
    name: 'the latest screening total of each instrument, for goals measured by one',
    sql: "ALTER TABLE care_plan.cases ADD COLUMN latest_scores jsonb NOT NULL DEFAULT '{}'::jsonb;",
  },
  { version: 3, name: 'the worklist: what each case needs done and by when', sql: CREATE_WORKLIST },
  {
    version: 4,
    name: 'what a worklist item shows beside its deadline: a compliance rule and its fine',
    sql: 'ALTER TABLE care_plan.worklist_items ADD COLUMN detail jsonb;',
  },
];
