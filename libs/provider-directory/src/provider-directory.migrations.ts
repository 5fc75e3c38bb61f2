import type { SchemaMigration } from '@casemgmt/kernel';

/** The schema every read model of the directory lives in. */
export const READ_MODEL_SCHEMA = 'provider_directory';

// Columns named as the HSDS fields they hold; sub-record lists as jsonb, served back verbatim.
const READ_MODELS = `
CREATE TABLE provider_directory.organizations (
  tenant_id                text NOT NULL,
  id                       text NOT NULL,
  stream_version           integer NOT NULL,
  last_modified            timestamptz NOT NULL,
  name                     text,
  alternate_name           text,
  description              text,
  email                    text,
  website                  text,
  tax_status               text,
  tax_id                   text,
  year_incorporated        double precision,
  legal_status             text,
  logo                     text,
  uri                      text,
  parent_organization_id   text,
  funding                  jsonb,
  contacts                 jsonb,
  phones                   jsonb,
  programs                 jsonb,
  organization_identifiers jsonb,
  attributes               jsonb,
  metadata                 jsonb,
  suspended_reason         text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX organizations_name ON provider_directory.organizations (tenant_id, name, id);
-- search leaves out the services of suspended organisations: few rows, found at once
CREATE INDEX organizations_suspended ON provider_directory.organizations (tenant_id, id) WHERE suspended_reason IS NOT NULL;

CREATE TABLE provider_directory.locations (
  tenant_id                text NOT NULL,
  id                       text NOT NULL,
  stream_version           integer NOT NULL,
  last_modified            timestamptz NOT NULL,
  location_type            text,
  url                      text,
  organization_id          text,
  name                     text,
  alternate_name           text,
  description              text,
  transportation           text,
  latitude                 double precision,
  longitude                double precision,
  external_identifier      text,
  external_identifier_type text,
  languages                jsonb,
  addresses                jsonb,
  contacts                 jsonb,
  accessibility            jsonb,
  phones                   jsonb,
  schedules                jsonb,
  attributes               jsonb,
  metadata                 jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX locations_organization ON provider_directory.locations (tenant_id, organization_id);
-- the bounding-box prefilter of distance search
CREATE INDEX locations_position ON provider_directory.locations (tenant_id, latitude, longitude) WHERE latitude IS NOT NULL;

CREATE TABLE provider_directory.services (
  tenant_id                text NOT NULL,
  id                       text NOT NULL,
  stream_version           integer NOT NULL,
  last_modified            timestamptz NOT NULL,
  organization_id          text,
  program_id               text,
  name                     text,
  alternate_name           text,
  description              text,
  url                      text,
  email                    text,
  status                   text,
  interpretation_services  text,
  application_process      text,
  fees_description         text,
  wait_time                text,
  fees                     text,
  accreditations           text,
  eligibility_description  text,
  minimum_age              double precision,
  maximum_age              double precision,
  assured_date             text,
  assurer_email            text,
  licenses                 text,
  alert                    text,
  phones                   jsonb,
  schedules                jsonb,
  service_areas            jsonb,
  languages                jsonb,
  funding                  jsonb,
  cost_options             jsonb,
  program                  jsonb,
  required_documents       jsonb,
  contacts                 jsonb,
  attributes               jsonb,
  metadata                 jsonb,
  service_capacity         jsonb,
  suspended_reason         text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX services_organization ON provider_directory.services (tenant_id, organization_id);
CREATE INDEX services_last_modified ON provider_directory.services (tenant_id, last_modified);
CREATE INDEX services_name ON provider_directory.services (tenant_id, name, id);

-- Case-manager search: one narrow row per service (the listing above is wide with HSDS sub-records), so that
-- filtering and ranking thousands of candidates reads few pages.
CREATE TABLE provider_directory.service_search (
  tenant_id                text NOT NULL,
  id                       text NOT NULL,
  organization_id          text,
  status                   text,
  suspended                boolean NOT NULL DEFAULT false,
  name                     text,
  alternate_name           text,
  taxonomy_text            text,
  description              text,
  eligibility_description  text,
  interpretation_services  text,
  minimum_age              double precision,
  maximum_age              double precision,
  taxonomy_term_ids        text[] NOT NULL DEFAULT '{}',
  taxonomy_keys            text[] NOT NULL DEFAULT '{}',
  language_keys            text[] NOT NULL DEFAULT '{}',
  capacity_available       double precision,
  -- what the text query filters on, weighted for ts_rank
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(name, '') || ' ' || coalesce(alternate_name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(taxonomy_text, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C') ||
    setweight(to_tsvector('english', coalesce(eligibility_description, '') || ' ' || coalesce(interpretation_services, '')), 'D')
  ) STORED,
  -- the short fields on their own, for the relevance tier of a match (ADR 0007)
  search_name tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(name, '') || ' ' || coalesce(alternate_name, ''))) STORED,
  search_taxonomy tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(taxonomy_text, ''))) STORED,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX service_search_text ON provider_directory.service_search USING gin (search);
CREATE INDEX service_search_taxonomy_term_ids ON provider_directory.service_search USING gin (taxonomy_term_ids);
CREATE INDEX service_search_taxonomy_keys ON provider_directory.service_search USING gin (taxonomy_keys);
CREATE INDEX service_search_language_keys ON provider_directory.service_search USING gin (language_keys);
CREATE INDEX service_search_capacity ON provider_directory.service_search (tenant_id, capacity_available) WHERE capacity_available > 0;

CREATE TABLE provider_directory.service_at_locations (
  tenant_id                text NOT NULL,
  id                       text NOT NULL,
  stream_version           integer NOT NULL,
  last_modified            timestamptz NOT NULL,
  service_id               text,
  location_id              text,
  description              text,
  contacts                 jsonb,
  phones                   jsonb,
  schedules                jsonb,
  attributes               jsonb,
  metadata                 jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX service_at_locations_service ON provider_directory.service_at_locations (tenant_id, service_id);
CREATE INDEX service_at_locations_location ON provider_directory.service_at_locations (tenant_id, location_id, service_id);

CREATE TABLE provider_directory.taxonomies (
  tenant_id                text NOT NULL,
  id                       text NOT NULL,
  stream_version           integer NOT NULL,
  last_modified            timestamptz NOT NULL,
  name                     text,
  description              text,
  uri                      text,
  version                  text,
  metadata                 jsonb,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE provider_directory.taxonomy_terms (
  tenant_id                text NOT NULL,
  id                       text NOT NULL,
  stream_version           integer NOT NULL,
  last_modified            timestamptz NOT NULL,
  code                     text,
  name                     text,
  description              text,
  parent_id                text,
  taxonomy                 text,
  taxonomy_id              text,
  language                 text,
  term_uri                 text,
  metadata                 jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX taxonomy_terms_parent ON provider_directory.taxonomy_terms (tenant_id, parent_id);
CREATE INDEX taxonomy_terms_taxonomy ON provider_directory.taxonomy_terms (tenant_id, taxonomy_id);
CREATE INDEX taxonomy_terms_code ON provider_directory.taxonomy_terms (tenant_id, lower(code));
CREATE INDEX taxonomy_terms_name ON provider_directory.taxonomy_terms (tenant_id, lower(name));
`;

/** The read models' history; append new versions, never edit applied ones. */
export const PROVIDER_DIRECTORY_MIGRATIONS: readonly SchemaMigration[] = [
  { version: 1, name: 'directory listings and service search', sql: READ_MODELS },
];
