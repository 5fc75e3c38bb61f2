// Partners' webhooks: one per organisation; which organisation each referral is addressed to, and from when its
// partner may see it; and the outbox of id-only notifications, delivered in order per organisation.
export const CREATE_WEBHOOKS = `
CREATE TABLE referral.webhooks (
  tenant_id       text        NOT NULL,
  organization_id text        NOT NULL,
  url             text        NOT NULL,
  secret          text        NOT NULL,
  registered_at   timestamptz NOT NULL,
  registered_by   text        NOT NULL,
  PRIMARY KEY (tenant_id, organization_id)
);
CREATE TABLE referral.webhook_referrals (
  tenant_id       text    NOT NULL,
  referral_id     text    NOT NULL,
  organization_id text    NOT NULL,
  visible         boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, referral_id)
);
CREATE TABLE referral.webhook_outbox (
  notification_id uuid        PRIMARY KEY,
  seq             bigserial   NOT NULL,
  tenant_id       text        NOT NULL,
  organization_id text        NOT NULL,
  referral_id     text        NOT NULL,
  event_type      text        NOT NULL,
  event_id        text        NOT NULL UNIQUE,
  occurred_at     timestamptz NOT NULL,
  attempts        integer     NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  delivered_at    timestamptz,
  failed_at       timestamptz,
  last_status     integer,
  last_error      text
);
CREATE INDEX webhook_outbox_pending ON referral.webhook_outbox (tenant_id, organization_id, seq)
  WHERE delivered_at IS NULL AND failed_at IS NULL;
`;

// Secrets sealed at rest (ADR 0034's amendment): a row holds its secret sealed, or in the clear until the service
// seals it as it starts, never both.
export const SEAL_WEBHOOK_SECRETS = `
ALTER TABLE referral.webhooks ADD COLUMN sealed_secret jsonb, ALTER COLUMN secret DROP NOT NULL;
ALTER TABLE referral.webhooks ADD CONSTRAINT webhooks_one_secret CHECK ((secret IS NULL) <> (sealed_secret IS NULL));
`;
