/** A JSON value as HSDS documents and event payloads carry it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * An HSDS sub-record kept verbatim inside its parent (a phone, a schedule, an address ...): the directory stores and
 * serves it as given and only reads the few fields search needs.
 */
export interface HsdsObject {
  readonly id: string;
  readonly [field: string]: unknown;
}

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

export interface HsdsLanguage extends HsdsObject {
  readonly name?: string;
  readonly code?: string;
  readonly note?: string;
}

export interface HsdsTaxonomyDetail extends HsdsObject {
  readonly name?: string;
  readonly description?: string;
  readonly uri?: string;
  readonly version?: string;
}

export interface HsdsTaxonomyTermRef extends HsdsObject {
  readonly code?: string;
  readonly name?: string;
  readonly parent_id?: string;
  readonly taxonomy?: string;
  readonly taxonomy_id?: string;
  readonly taxonomy_detail?: HsdsTaxonomyDetail;
}

export interface HsdsAttribute extends HsdsObject {
  readonly taxonomy_term_id?: string;
  readonly taxonomy_term?: HsdsTaxonomyTermRef;
  readonly value?: string;
}

/** HSDS 3.1 `unit` of a service capacity (beds, appointment slots ...). */
export interface CapacityUnit {
  readonly id: string;
  readonly name: string;
  readonly scheme?: string | null;
  readonly identifier?: string | null;
  readonly uri?: string | null;
}

/** HSDS 3.1 `service_capacity`: how much of a unit a service has, and when a provider last said so. */
export interface ServiceCapacity {
  readonly id: string;
  readonly unit: CapacityUnit;
  readonly available: number;
  readonly maximum?: number | null;
  readonly description?: string | null;
  /** ISO 8601 date-time of the report. */
  readonly updated: string;
}

type Nullable<T> = { readonly [K in keyof T]?: T[K] | null };

/** The fields of an HSDS 3.0 service that the Service aggregate owns (its id, links to other records excluded). */
export type ServiceFields = Nullable<{
  organization_id: string;
  program_id: string;
  name: string;
  alternate_name: string;
  description: string;
  url: string;
  email: string;
  status: ServiceStatus;
  interpretation_services: string;
  application_process: string;
  fees_description: string;
  wait_time: string;
  fees: string;
  accreditations: string;
  eligibility_description: string;
  minimum_age: number;
  maximum_age: number;
  assured_date: string;
  assurer_email: string;
  licenses: string;
  alert: string;
  phones: readonly HsdsObject[];
  schedules: readonly HsdsObject[];
  service_areas: readonly HsdsObject[];
  languages: readonly HsdsLanguage[];
  funding: readonly HsdsObject[];
  cost_options: readonly HsdsObject[];
  program: HsdsObject;
  required_documents: readonly HsdsObject[];
  contacts: readonly HsdsObject[];
  attributes: readonly HsdsAttribute[];
  metadata: readonly HsdsObject[];
  service_capacity: readonly ServiceCapacity[];
}>;

export type OrganizationFields = Nullable<{
  name: string;
  alternate_name: string;
  description: string;
  email: string;
  website: string;
  tax_status: string;
  tax_id: string;
  year_incorporated: number;
  legal_status: string;
  logo: string;
  uri: string;
  parent_organization_id: string;
  funding: readonly HsdsObject[];
  contacts: readonly HsdsObject[];
  phones: readonly HsdsObject[];
  programs: readonly HsdsObject[];
  organization_identifiers: readonly HsdsObject[];
  attributes: readonly HsdsAttribute[];
  metadata: readonly HsdsObject[];
}>;

export type LocationFields = Nullable<{
  location_type: LocationType;
  url: string;
  organization_id: string;
  name: string;
  alternate_name: string;
  description: string;
  transportation: string;
  latitude: number;
  longitude: number;
  external_identifier: string;
  external_identifier_type: string;
  languages: readonly HsdsLanguage[];
  addresses: readonly HsdsObject[];
  contacts: readonly HsdsObject[];
  accessibility: readonly HsdsObject[];
  phones: readonly HsdsObject[];
  schedules: readonly HsdsObject[];
  attributes: readonly HsdsAttribute[];
  metadata: readonly HsdsObject[];
}>;

export type ServiceAtLocationFields = Nullable<{
  service_id: string;
  location_id: string;
  description: string;
  contacts: readonly HsdsObject[];
  phones: readonly HsdsObject[];
  schedules: readonly HsdsObject[];
  attributes: readonly HsdsAttribute[];
  metadata: readonly HsdsObject[];
}>;

export type TaxonomyFields = Nullable<{
  name: string;
  description: string;
  uri: string;
  version: string;
  metadata: readonly HsdsObject[];
}>;

export type TaxonomyTermFields = Nullable<{
  code: string;
  name: string;
  description: string;
  parent_id: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
  term_uri: string;
  metadata: readonly HsdsObject[];
}>;

// Field lists in HSDS order: they drive the mapping from documents, the read-model columns and the served documents.
export const SERVICE_FIELDS = [
  'organization_id',
  'program_id',
  'name',
  'alternate_name',
  'description',
  'url',
  'email',
  'status',
  'interpretation_services',
  'application_process',
  'fees_description',
  'wait_time',
  'fees',
  'accreditations',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'assurer_email',
  'licenses',
  'alert',
  'phones',
  'schedules',
  'service_areas',
  'languages',
  'funding',
  'cost_options',
  'program',
  'required_documents',
  'contacts',
  'attributes',
  'metadata',
  'service_capacity',
] as const satisfies readonly (keyof ServiceFields)[];

export const ORGANIZATION_FIELDS = [
  'name',
  'alternate_name',
  'description',
  'email',
  'website',
  'tax_status',
  'tax_id',
  'year_incorporated',
  'legal_status',
  'logo',
  'uri',
  'parent_organization_id',
  'funding',
  'contacts',
  'phones',
  'programs',
  'organization_identifiers',
  'attributes',
  'metadata',
] as const satisfies readonly (keyof OrganizationFields)[];

export const LOCATION_FIELDS = [
  'location_type',
  'url',
  'organization_id',
  'name',
  'alternate_name',
  'description',
  'transportation',
  'latitude',
  'longitude',
  'external_identifier',
  'external_identifier_type',
  'languages',
  'addresses',
  'contacts',
  'accessibility',
  'phones',
  'schedules',
  'attributes',
  'metadata',
] as const satisfies readonly (keyof LocationFields)[];

export const SERVICE_AT_LOCATION_FIELDS = [
  'service_id',
  'location_id',
  'description',
  'contacts',
  'phones',
  'schedules',
  'attributes',
  'metadata',
] as const satisfies readonly (keyof ServiceAtLocationFields)[];

export const TAXONOMY_FIELDS = [
  'name',
  'description',
  'uri',
  'version',
  'metadata',
] as const satisfies readonly (keyof TaxonomyFields)[];

export const TAXONOMY_TERM_FIELDS = [
  'code',
  'name',
  'description',
  'parent_id',
  'taxonomy',
  'taxonomy_id',
  'language',
  'term_uri',
  'metadata',
] as const satisfies readonly (keyof TaxonomyTermFields)[];

/** The records of the directory, by their HSDS object names. */
export const RECORD_KINDS = [
  'taxonomy',
  'taxonomy_term',
  'organization',
  'location',
  'service',
  'service_at_location',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface FieldsByKind {
  readonly taxonomy: TaxonomyFields;
  readonly taxonomy_term: TaxonomyTermFields;
  readonly organization: OrganizationFields;
  readonly location: LocationFields;
  readonly service: ServiceFields;
  readonly service_at_location: ServiceAtLocationFields;
}

export const FIELDS_BY_KIND: { readonly [K in RecordKind]: readonly (keyof FieldsByKind[K] & string)[] } = {
  taxonomy: TAXONOMY_FIELDS,
  taxonomy_term: TAXONOMY_TERM_FIELDS,
  organization: ORGANIZATION_FIELDS,
  location: LOCATION_FIELDS,
  service: SERVICE_FIELDS,
  service_at_location: SERVICE_AT_LOCATION_FIELDS,
};

/** Picks the known fields of `kind` from an object; absent fields stay absent, `null` is kept (it clears a field). */
export function pickFields<K extends RecordKind>(kind: K, source: Readonly<Record<string, unknown>>): FieldsByKind[K] {
  const picked: Record<string, unknown> = {};
  for (const field of FIELDS_BY_KIND[kind]) {
    if (source[field] !== undefined) picked[field] = source[field];
  }
  return picked as FieldsByKind[K];
}
