import { FIELDS_BY_KIND, type FieldsByKind, type RecordKind } from './hsds.types';

/** A directory record as the assembler takes it: its id and its HSDS fields, from a read-model row or a folded stream. */
export type HsdsRecord<K extends RecordKind> = { readonly id: string } & FieldsByKind[K];

/** An HSDS document as served: plain JSON with no `null` (HSDS fields are typed without null, so absent instead). */
export type HsdsDocument = Record<string, unknown>;

// Sub-record lists and objects: the list endpoints leave these out, the single-record endpoints include them.
const NESTED = new Set([
  'phones',
  'schedules',
  'service_areas',
  'languages',
  'funding',
  'cost_options',
  'required_documents',
  'contacts',
  'attributes',
  'metadata',
  'addresses',
  'accessibility',
  'programs',
  'organization_identifiers',
  'service_capacity',
]);

function fieldsOf<K extends RecordKind>(kind: K, record: HsdsRecord<K>, withNested: boolean): HsdsDocument {
  const source = record as Readonly<Record<string, unknown>>;
  const document: HsdsDocument = { id: record.id };
  for (const field of FIELDS_BY_KIND[kind]) {
    const value = source[field];
    if (value === null || value === undefined) continue;
    if (!withNested && NESTED.has(field)) continue;
    // An empty capacity list is no HSDS 3.1 capacity at all; leave it out so 3.0 documents round-trip.
    if (field === 'service_capacity' && Array.isArray(value) && value.length === 0) continue;
    document[field] = value;
  }
  return document;
}

export interface ServiceListingInfo {
  readonly lastModified: Date;
  /** A suspended service is served as `inactive`, whatever status its provider gave. */
  readonly suspended: boolean;
}

export function organizationSummary(organization: HsdsRecord<'organization'>): HsdsDocument {
  return fieldsOf('organization', organization, false);
}

export function locationSummary(location: HsdsRecord<'location'>): HsdsDocument {
  return fieldsOf('location', location, false);
}

export function locationDocument(location: HsdsRecord<'location'>): HsdsDocument {
  return fieldsOf('location', location, true);
}

/** An organisation with its sub-records and locations (`compiled/organization.json`, without its services). */
export function organizationDocument(
  organization: HsdsRecord<'organization'>,
  locations: readonly HsdsRecord<'location'>[],
): HsdsDocument {
  const document = fieldsOf('organization', organization, true);
  if (locations.length > 0) document['locations'] = locations.map(locationDocument);
  return document;
}

function serviceFields(service: HsdsRecord<'service'>, info: ServiceListingInfo, withNested: boolean): HsdsDocument {
  const document = fieldsOf('service', service, withNested);
  document['last_modified'] = info.lastModified.toISOString();
  if (info.suspended) document['status'] = 'inactive';
  return document;
}

/** A list item of `GET /services` (`compiled/service_list.json`): the service, its organisation and programme. */
export function serviceSummary(
  service: HsdsRecord<'service'>,
  info: ServiceListingInfo,
  organization: HsdsRecord<'organization'> | undefined,
): HsdsDocument {
  const document = serviceFields(service, info, false);
  if (organization) document['organization'] = organizationSummary(organization);
  if (service.program) document['program'] = service.program;
  return document;
}

export interface PlacedAt {
  readonly serviceAtLocation: HsdsRecord<'service_at_location'>;
  readonly location: HsdsRecord<'location'> | undefined;
}

function serviceAtLocationFields(placement: PlacedAt, withNested: boolean): HsdsDocument {
  const document = fieldsOf('service_at_location', placement.serviceAtLocation, withNested);
  if (placement.location)
    document['location'] = withNested ? locationDocument(placement.location) : locationSummary(placement.location);
  return document;
}

export interface ServiceContext {
  readonly organization?: {
    readonly record: HsdsRecord<'organization'>;
    readonly locations: readonly HsdsRecord<'location'>[];
  };
  readonly placements: readonly PlacedAt[];
}

/** A fully nested service (`compiled/service.json`), as `GET /services/{id}` returns it. */
export function serviceDocument(
  service: HsdsRecord<'service'>,
  info: ServiceListingInfo,
  context: ServiceContext,
): HsdsDocument {
  const document = serviceFields(service, info, true);
  if (context.placements.length > 0) {
    document['service_at_locations'] = context.placements.map((placement) => serviceAtLocationFields(placement, true));
  }
  if (context.organization) {
    document['organization'] = organizationDocument(context.organization.record, context.organization.locations);
  }
  return document;
}

/** An organisation with its services fully nested (`compiled/organization.json`, `GET /organizations/{id}`). */
export function organizationWithServicesDocument(
  organization: HsdsRecord<'organization'>,
  locations: readonly HsdsRecord<'location'>[],
  services: readonly {
    readonly service: HsdsRecord<'service'>;
    readonly info: ServiceListingInfo;
    readonly placements: readonly PlacedAt[];
  }[],
): HsdsDocument {
  const document = organizationDocument(organization, locations);
  if (services.length > 0) {
    document['services'] = services.map(({ service, info, placements }) =>
      serviceDocument(service, info, { placements }),
    );
  }
  return document;
}

/** A list item of `GET /service_at_locations` (`compiled/service_at_location_list.json`). */
export function serviceAtLocationSummary(
  placement: PlacedAt,
  service:
    | {
        readonly record: HsdsRecord<'service'>;
        readonly info: ServiceListingInfo;
        readonly organization?: HsdsRecord<'organization'>;
      }
    | undefined,
): HsdsDocument {
  const document = serviceAtLocationFields(placement, false);
  if (service) document['service'] = serviceSummary(service.record, service.info, service.organization);
  return document;
}

/** A fully nested service at location (`compiled/service_at_location.json`, `GET /service_at_locations/{id}`). */
export function serviceAtLocationDocument(
  placement: PlacedAt,
  service:
    | { readonly record: HsdsRecord<'service'>; readonly info: ServiceListingInfo; readonly context: ServiceContext }
    | undefined,
): HsdsDocument {
  const document = serviceAtLocationFields(placement, true);
  if (service) {
    // The service is nested without its own placements: this record is one of them.
    document['service'] = serviceDocument(service.record, service.info, { ...service.context, placements: [] });
  }
  return document;
}

export function taxonomyDocument(taxonomy: HsdsRecord<'taxonomy'>): HsdsDocument {
  return fieldsOf('taxonomy', taxonomy, true);
}

/** A taxonomy term with its taxonomy nested as `taxonomy_detail` where the directory holds it. */
export function taxonomyTermDocument(
  term: HsdsRecord<'taxonomy_term'>,
  taxonomy: HsdsRecord<'taxonomy'> | undefined,
): HsdsDocument {
  const document = fieldsOf('taxonomy_term', term, true);
  if (taxonomy) document['taxonomy_detail'] = taxonomyDocument(taxonomy);
  return document;
}

/** The `Page` of HSDS list endpoints (`components.schemas.Page` of the HSDS OpenAPI). */
export interface HsdsPage {
  readonly total_items: number;
  readonly total_pages: number;
  readonly page_number: number;
  readonly size: number;
  readonly first_page: boolean;
  readonly last_page: boolean;
  readonly empty: boolean;
  readonly contents: readonly HsdsDocument[];
}

export function hsdsPage(
  contents: readonly HsdsDocument[],
  totalItems: number,
  page: number,
  perPage: number,
): HsdsPage {
  const totalPages = Math.max(1, Math.ceil(totalItems / perPage));
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** A read-model row as an HSDS record: its id and the columns named as HSDS fields. */
export function recordOf<K extends RecordKind>(kind: K, row: { readonly id: string }): HsdsRecord<K> {
  const source: Readonly<Record<string, unknown>> = row;
  const record: Record<string, unknown> = { id: row.id };
  for (const field of FIELDS_BY_KIND[kind])
    if (source[field] !== null && source[field] !== undefined) record[field] = source[field];
  return record as unknown as HsdsRecord<K>;
}
