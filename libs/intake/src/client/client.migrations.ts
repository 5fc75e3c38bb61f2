import type { SchemaMigration } from '@casemgmt/kernel';

// Client read models: versions 100-199 of the intake schema. Append new versions, never edit applied ones.
export const CLIENT_MIGRATIONS: readonly SchemaMigration[] = [
  {
    version: 100,
    name: 'client search',
    sql: `
CREATE TABLE intake.client_search (
  tenant_id              text NOT NULL,
  client_id              text NOT NULL,
  given_name             text,
  middle_name            text,
  family_name            text,
  normalised_given_name  text,
  normalised_family_name text,
  date_of_birth          date,
  identifiers            jsonb NOT NULL DEFAULT '[]',
  preferred_language     text,
  merged_into            text,
  erased                 boolean NOT NULL DEFAULT false,
  version                integer NOT NULL,
  registered_at          timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, client_id)
);
-- duplicate candidates come by date of birth, by family name (also swapped with the given name) or by identifier
CREATE INDEX client_search_date_of_birth ON intake.client_search (tenant_id, date_of_birth);
CREATE INDEX client_search_family_name ON intake.client_search (tenant_id, normalised_family_name);
CREATE INDEX client_search_given_name ON intake.client_search (tenant_id, normalised_given_name);
CREATE INDEX client_search_identifiers ON intake.client_search USING gin (identifiers jsonb_path_ops);
`,
  },
  {
    version: 101,
    name: 'client search by blind index',
    // Names, dates of birth and identifiers were in clear (ADR 0014). Dropping the table deletes its files, where
    // dropping columns would leave the old values in the table's pages; the projection's new version refills it.
    sql: `
DROP TABLE intake.client_search;
CREATE TABLE intake.client_search (
  tenant_id      text NOT NULL,
  client_id      text NOT NULL,
  merged_into    text,
  erased         boolean NOT NULL DEFAULT false,
  version        integer NOT NULL,
  registered_at  timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, client_id)
);
CREATE TABLE intake.client_search_term (
  tenant_id  text NOT NULL,
  client_id  text NOT NULL,
  field      text NOT NULL,
  term       text NOT NULL,
  PRIMARY KEY (tenant_id, client_id, field, term)
);
-- a search or a duplicate check looks terms up; the primary key serves an erasure and a correction
CREATE INDEX client_search_term_lookup ON intake.client_search_term (tenant_id, term);
`,
  },
];
