// Referral's own view of the provider directory's listings, fed by the directory's published events: which services
// exist, at which locations, of which organisation, in which HSDS status, with how much capacity free, and the
// listing version (the service stream's version) a referral pins.
export const CREATE_DIRECTORY_VIEW = `
CREATE TABLE referral.directory_services (
  tenant_id           text        NOT NULL,
  service_id          text        NOT NULL,
  organization_id     text,
  status              text,
  suspended           boolean     NOT NULL DEFAULT false,
  capacity            jsonb,
  listing_version     integer     NOT NULL,
  PRIMARY KEY (tenant_id, service_id)
);
CREATE TABLE referral.directory_organizations (
  tenant_id           text        NOT NULL,
  organization_id     text        NOT NULL,
  name                text,
  suspended           boolean     NOT NULL DEFAULT false,
  last_stream_version integer     NOT NULL,
  PRIMARY KEY (tenant_id, organization_id)
);
CREATE TABLE referral.directory_placements (
  tenant_id              text    NOT NULL,
  service_at_location_id text    NOT NULL,
  service_id             text,
  location_id            text,
  last_stream_version    integer NOT NULL,
  PRIMARY KEY (tenant_id, service_at_location_id)
);
CREATE INDEX directory_placements_by_service ON referral.directory_placements (tenant_id, service_id, location_id);
`;
