import type { SchemaMigration } from '@casemgmt/kernel';
import { CREATE_DIRECTORY_VIEW } from './directory/directory.migrations';
import { CREATE_WEBHOOKS, SEAL_WEBHOOK_SECRETS } from './webhook/webhook.migrations';

/** The schema referral owns. */
export const REFERRAL_SCHEMA = 'referral';

// Referral's own view of the cases it serves, fed by intake's published events as care plan's is (ADR 0027): only
// what referral checks access and the send against, nothing personal.
const CREATE_CASES = `
CREATE TABLE referral.cases (
  tenant_id           text        NOT NULL,
  case_id             text        NOT NULL,
  client_id           text        NOT NULL,
  program             text        NOT NULL,
  status              text        NOT NULL,
  team_id             text        NOT NULL,
  case_manager_id     text,
  needs               jsonb       NOT NULL DEFAULT '[]'::jsonb,
  last_stream_version integer     NOT NULL,
  updated_at          timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, case_id)
);
`;

// One row per referral, from referral's own events: the agency's lists by case, the partners' inbox by
// organisation, and the funnel (when it was sent, accepted, first served, completed or ended, and why). What was disclosed is kept as the event sealed it (`disclosed` holds the sealed values), opened
// with the client's key at each read, so a shredded key leaves nothing readable here either.
const CREATE_REFERRALS = `
CREATE TABLE referral.referrals (
  tenant_id           text        NOT NULL,
  referral_id         text        NOT NULL,
  case_id             text        NOT NULL,
  client_id           text,
  program             text        NOT NULL,
  need                text        NOT NULL,
  goal_id             text,
  organization_id     text        NOT NULL,
  service_id          text        NOT NULL,
  location_id         text        NOT NULL,
  listing_version     integer     NOT NULL,
  warnings            jsonb       NOT NULL DEFAULT '[]'::jsonb,
  status              text        NOT NULL,
  reason              text,
  requested_at        timestamptz,
  answer_due_at       timestamptz,
  consent_id          text,
  consent_revoked_at  timestamptz,
  purpose             text,
  fields              jsonb       NOT NULL DEFAULT '[]'::jsonb,
  disclosed           jsonb,
  accepted_at         timestamptz,
  first_service_at    timestamptz,
  completed_at        timestamptz,
  ended_at            timestamptz,
  delivered_on        date,
  follow_up_due_on    date,
  follow_up_result    text,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  last_stream_version integer     NOT NULL,
  PRIMARY KEY (tenant_id, referral_id)
);
CREATE INDEX referrals_by_case ON referral.referrals (tenant_id, case_id);
CREATE INDEX referrals_by_consent ON referral.referrals (tenant_id, consent_id) WHERE consent_id IS NOT NULL;
CREATE INDEX referrals_sent ON referral.referrals (tenant_id, requested_at) WHERE requested_at IS NOT NULL;
CREATE INDEX referrals_inbox ON referral.referrals (tenant_id, organization_id, updated_at, referral_id)
  WHERE requested_at IS NOT NULL;
`;

// The revocations intake recorded, kept so that a disclosure referral's read model takes only after hearing of its
// consent's revocation is noted then (the two arrive by different consumers).
const CREATE_REVOKED_CONSENTS = `
CREATE TABLE referral.revoked_consents (
  tenant_id      text        NOT NULL,
  consent_id     text        NOT NULL,
  revoked_at     timestamptz NOT NULL,
  actor          jsonb       NOT NULL,
  correlation_id text        NOT NULL,
  PRIMARY KEY (tenant_id, consent_id)
);
`;

/** The `referral` schema's history; append new versions, never edit applied ones. */
export const REFERRAL_MIGRATIONS: readonly SchemaMigration[] = [
  {
    version: 1,
    name: 'the cases referral serves, and its referrals',
    sql: CREATE_CASES + CREATE_REFERRALS + CREATE_REVOKED_CONSENTS,
  },
  { version: 2, name: 'the directory’s listings as referral checks a target against them', sql: CREATE_DIRECTORY_VIEW },
  { version: 3, name: 'partners’ webhooks and the outbox of their notifications', sql: CREATE_WEBHOOKS },
  { version: 4, name: 'partners’ webhook secrets sealed at rest', sql: SEAL_WEBHOOK_SECRETS },
];
