import type { SchemaMigration } from '@casemgmt/kernel';

/** The consent read models' history (versions 300-399 of the `intake` schema); append, never edit applied ones. */
export const CONSENT_MIGRATIONS: readonly SchemaMigration[] = [
  {
    version: 300,
    name: 'consent directives',
    sql: `
CREATE TABLE intake.consent_directive (
  tenant_id                text NOT NULL,
  consent_id               text NOT NULL,
  client_id                text NOT NULL,
  case_id                  text,
  categories               text[] NOT NULL,
  purposes                 text[] NOT NULL,
  recipients               jsonb NOT NULL,
  effective_from           timestamptz NOT NULL,
  expires_on               date,
  expiry_event             text,
  expiry_event_occurred_at timestamptz,
  revoked_at               timestamptz,
  signed_at                timestamptz NOT NULL,
  version                  integer NOT NULL,
  PRIMARY KEY (tenant_id, consent_id),
  -- exactly one way to expire
  CHECK ((expires_on IS NULL) <> (expiry_event IS NULL))
);
-- the in-force query and the client's list read all consents of one client
CREATE INDEX consent_directive_client ON intake.consent_directive (tenant_id, client_id, signed_at DESC);
`,
  },
  {
    version: 301,
    name: 'consent directives without free text',
    // Recipient names and the expiry event were words of the form in clear (ADR 0014). Dropping the table deletes its
    // files; the projection's new version refills it.
    sql: `
DROP TABLE intake.consent_directive;
CREATE TABLE intake.consent_directive (
  tenant_id                text NOT NULL,
  consent_id               text NOT NULL,
  client_id                text NOT NULL,
  case_id                  text,
  categories               text[] NOT NULL,
  purposes                 text[] NOT NULL,
  recipients               jsonb NOT NULL,
  effective_from           timestamptz NOT NULL,
  expires_on               date,
  expires_by_event         boolean NOT NULL,
  expiry_event_occurred_at timestamptz,
  revoked_at               timestamptz,
  signed_at                timestamptz NOT NULL,
  version                  integer NOT NULL,
  PRIMARY KEY (tenant_id, consent_id),
  -- exactly one way to expire
  CHECK ((expires_on IS NULL) = expires_by_event)
);
CREATE INDEX consent_directive_client ON intake.consent_directive (tenant_id, client_id, signed_at DESC);
`,
  },
];
