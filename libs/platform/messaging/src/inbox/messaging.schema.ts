import type { Pool } from 'pg';
import { migrateSchema, type SchemaMigration } from '@casemgmt/kernel';

/** A versioned change to the `messaging` schema; applied once, in order, recorded in `messaging.migrations`. */
export type MessagingMigration = SchemaMigration;

const CREATE_INBOX = `
CREATE TABLE messaging.inbox (
  consumer   text NOT NULL,
  event_id   uuid NOT NULL,
  handled_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
`;

// The store-subscription source has no dead-letter topic: its poison events land here, in the batch's transaction.
const CREATE_DEAD_LETTERS = `
CREATE TABLE messaging.dead_letters (
  consumer    text NOT NULL,
  event_id    uuid NOT NULL,
  event_type  text NOT NULL,
  stream_id   text NOT NULL,
  error       text NOT NULL,
  error_class text NOT NULL,
  attempts    integer NOT NULL,
  event       jsonb NOT NULL,
  failed_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
`;

/** The schema's history; append new versions, never edit applied ones. */
export const MESSAGING_MIGRATIONS: readonly MessagingMigration[] = [
  { version: 1, name: 'inbox', sql: CREATE_INBOX },
  { version: 2, name: 'dead letters of store-subscription consumers', sql: CREATE_DEAD_LETTERS },
];

/**
 * Brings the `messaging` schema up to date. Safe from many processes at once: they queue on an advisory lock and each
 * migration runs once. Returns the versions this call applied.
 */
export function migrateMessagingSchema(
  pool: Pool,
  migrations: readonly MessagingMigration[] = MESSAGING_MIGRATIONS,
): Promise<number[]> {
  return migrateSchema(pool, 'messaging', migrations);
}
