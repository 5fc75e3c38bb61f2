import { SERVICE_CAPACITY_SCHEMA } from './hsds/hsds-schemas';
import { FIELDS_BY_KIND, LOCATION_TYPES, SERVICE_STATUSES, type RecordKind } from './hsds/hsds.types';
import { LOCATION_EVENT_TYPES } from './location/location.decider';
import { ORGANIZATION_EVENT_TYPES } from './organization/organization.decider';
import { SERVICE_AT_LOCATION_EVENT_TYPES } from './service-at-location/service-at-location.decider';
import { SERVICE_EVENT_TYPES } from './service/service.decider';
import { ALL_DIRECTORY_CATEGORIES } from './shared/directory-streams';
import { TAXONOMY_TERM_EVENT_TYPES } from './taxonomy-term/taxonomy-term.decider';
import { TAXONOMY_EVENT_TYPES } from './taxonomy/taxonomy.decider';

type JsonSchema = Readonly<Record<string, unknown>>;

const HSDS_RECORD = { required: ['id'], properties: { id: { type: 'string' } } } as const;
const NUMBER_FIELDS = new Set(['minimum_age', 'maximum_age', 'latitude', 'longitude', 'year_incorporated']);
const OBJECT_FIELDS = new Set(['program']);
const HSDS_SCHEMA_OF_LIST: Readonly<Record<string, string>> = {
  phones: 'phone',
  schedules: 'schedule',
  service_areas: 'service_area',
  languages: 'language',
  funding: 'funding',
  cost_options: 'cost_option',
  required_documents: 'required_document',
  contacts: 'contact',
  attributes: 'attribute',
  metadata: 'metadata',
  addresses: 'address',
  accessibility: 'accessibility',
  programs: 'program',
  organization_identifiers: 'organization_identifier',
};

// Each HSDS field as its JSON type, `null` allowed: an update clears a field with null.
function fieldSchema(field: string): JsonSchema {
  if (field === 'service_capacity') {
    return { type: ['array', 'null'], items: SERVICE_CAPACITY_SCHEMA, description: 'HSDS 3.1 service_capacity' };
  }
  if (field === 'status') return { enum: [...SERVICE_STATUSES, null] };
  if (field === 'location_type') return { enum: [...LOCATION_TYPES, null] };
  if (NUMBER_FIELDS.has(field)) return { type: ['number', 'null'] };
  if (OBJECT_FIELDS.has(field))
    return { type: ['object', 'null'], ...HSDS_RECORD, description: `HSDS 3.0 ${field} record` };
  const listOf = HSDS_SCHEMA_OF_LIST[field];
  if (listOf) {
    return {
      type: ['array', 'null'],
      items: { type: 'object', ...HSDS_RECORD },
      description: `HSDS 3.0 ${listOf} records, as docs/standards/hsds-3.0/schema/${listOf}.json defines them`,
    };
  }
  return { type: ['string', 'null'] };
}

function fieldsSchema(kind: RecordKind): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(FIELDS_BY_KIND[kind].map((field) => [field, fieldSchema(field)])),
  };
}

function dataSchema(properties: Readonly<Record<string, JsonSchema>>): JsonSchema {
  return { type: 'object', additionalProperties: false, required: Object.keys(properties), properties };
}

const id = { type: 'string', minLength: 1 } as const;
const reason = { type: 'string', minLength: 1 } as const;

interface PublishedEvent {
  readonly type: string;
  readonly version: number;
  readonly summary: string;
  /** JSON Schema (2020-12) of the event's `data`. */
  readonly schema: JsonSchema;
}

const registered = (
  type: string,
  kind: RecordKind,
  idField: string,
  recordField: string,
  summary: string,
): PublishedEvent => ({
  type,
  version: 1,
  summary,
  schema: dataSchema({ [idField]: id, [recordField]: fieldsSchema(kind) }),
});

const updated = (type: string, kind: RecordKind, idField: string, summary: string): PublishedEvent => ({
  type,
  version: 1,
  summary: `${summary} Carries only the fields that changed; null clears a field.`,
  schema: dataSchema({ [idField]: id, changes: { ...fieldsSchema(kind), minProperties: 1 } }),
});

/**
 * The provider directory's published language: every event type it stores, with the JSON Schema of its data.
 * Records carry HSDS 3.0 field names (capacity in the HSDS 3.1 `service_capacity` shape), so partners that speak
 * HSDS read them as they are. The relay publishes them to `casemgmt.provider-directory.events.v1`.
 */
export const PROVIDER_DIRECTORY_CONTRACT = {
  service: 'provider-directory',
  categories: ALL_DIRECTORY_CATEGORIES,
  events: [
    registered(
      'OrganizationRegistered',
      'organization',
      'organizationId',
      'organization',
      'An organisation joined the directory.',
    ),
    updated('OrganizationUpdated', 'organization', 'organizationId', 'Fields of an organisation changed.'),
    {
      type: 'OrganizationSuspended',
      version: 1,
      summary: "An administrator took the organisation's services out of search.",
      schema: dataSchema({ organizationId: id, reason }),
    },
    {
      type: 'OrganizationReinstated',
      version: 1,
      summary: "The organisation's services are back in search.",
      schema: dataSchema({ organizationId: id }),
    },
    registered('LocationRegistered', 'location', 'locationId', 'location', 'A location joined the directory.'),
    updated(
      'LocationUpdated',
      'location',
      'locationId',
      'Fields of a location changed (a move changes latitude and longitude).',
    ),
    registered('ServiceRegistered', 'service', 'serviceId', 'service', 'A service joined the directory.'),
    updated('ServiceUpdated', 'service', 'serviceId', 'Fields of a service changed.'),
    {
      type: 'ServiceSuspended',
      version: 1,
      summary: 'An administrator took the service out of search; HSDS serves it as inactive.',
      schema: dataSchema({ serviceId: id, reason }),
    },
    {
      type: 'ServiceReinstated',
      version: 1,
      summary: 'The service is back in search.',
      schema: dataSchema({ serviceId: id }),
    },
    {
      type: 'ServiceCapacityUpdated',
      version: 1,
      summary:
        "A provider reported capacity: the changed entry's id and the service's whole HSDS 3.1 service_capacity.",
      schema: dataSchema({
        serviceId: id,
        capacityId: id,
        service_capacity: { type: 'array', items: SERVICE_CAPACITY_SCHEMA },
      }),
    },
    registered(
      'ServiceAtLocationRegistered',
      'service_at_location',
      'serviceAtLocationId',
      'serviceAtLocation',
      'A service is delivered at a location.',
    ),
    updated(
      'ServiceAtLocationUpdated',
      'service_at_location',
      'serviceAtLocationId',
      'Fields of a service at a location changed.',
    ),
    registered('TaxonomyRegistered', 'taxonomy', 'taxonomyId', 'taxonomy', 'A taxonomy was imported.'),
    updated('TaxonomyUpdated', 'taxonomy', 'taxonomyId', 'Fields of a taxonomy changed.'),
    registered(
      'TaxonomyTermRegistered',
      'taxonomy_term',
      'taxonomyTermId',
      'taxonomyTerm',
      'A taxonomy term was imported.',
    ),
    updated('TaxonomyTermUpdated', 'taxonomy_term', 'taxonomyTermId', 'Fields of a taxonomy term changed.'),
  ],
} as const satisfies {
  readonly service: string;
  readonly categories: readonly string[];
  readonly events: readonly PublishedEvent[];
};

/** Every event type the directory stores, from the deciders' unions. */
export const PROVIDER_DIRECTORY_EVENT_TYPES = [
  ...ORGANIZATION_EVENT_TYPES,
  ...LOCATION_EVENT_TYPES,
  ...SERVICE_EVENT_TYPES,
  ...SERVICE_AT_LOCATION_EVENT_TYPES,
  ...TAXONOMY_EVENT_TYPES,
  ...TAXONOMY_TERM_EVENT_TYPES,
] as const;
