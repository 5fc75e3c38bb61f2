import type { HsdsAttribute, HsdsLanguage, ServiceCapacity, ServiceFields } from '../../../hsds/hsds.types';

export interface ServiceSearchColumns {
  organizationId?: string | null;
  status?: string | null;
  name?: string | null;
  alternateName?: string | null;
  description?: string | null;
  eligibilityDescription?: string | null;
  interpretationServices?: string | null;
  minimumAge?: number | null;
  maximumAge?: number | null;
  taxonomyTermIds?: string[];
  taxonomyKeys?: string[];
  taxonomyText?: string | null;
  languageKeys?: string[];
  capacityAvailable?: number | null;
}

const lower = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined;

const unique = (values: readonly (string | undefined)[]): string[] => [
  ...new Set(values.filter((value): value is string => value !== undefined)),
];

/** Term ids a service is tagged with through its attributes (by id, or by an embedded term). */
export function taxonomyTermIdsOf(attributes: readonly HsdsAttribute[] | null | undefined): string[] {
  return unique((attributes ?? []).map((attribute) => attribute.taxonomy_term_id ?? attribute.taxonomy_term?.id));
}

/** Lower-cased codes and names of the embedded terms: what `need=housing` matches without a term lookup. */
export function taxonomyKeysOf(attributes: readonly HsdsAttribute[] | null | undefined): string[] {
  return unique(
    (attributes ?? []).flatMap((attribute) => [
      lower(attribute.taxonomy_term?.code),
      lower(attribute.taxonomy_term?.name),
    ]),
  );
}

/** Lower-cased ISO codes and names of the languages a service is offered in (`es`, `spanish`). */
export function languageKeysOf(languages: readonly HsdsLanguage[] | null | undefined): string[] {
  return unique((languages ?? []).flatMap((language) => [lower(language.code), lower(language.name)]));
}

/** Open places over every unit the service reports; null when it reports none (unknown, not zero). */
export function capacityAvailableOf(capacity: readonly ServiceCapacity[] | null | undefined): number | null {
  if (!capacity || capacity.length === 0) return null;
  return capacity.reduce((sum, entry) => sum + (Number.isFinite(entry.available) ? entry.available : 0), 0);
}

// Search columns copied from one HSDS field each.
const COPIED = {
  organization_id: 'organizationId',
  status: 'status',
  name: 'name',
  alternate_name: 'alternateName',
  description: 'description',
  eligibility_description: 'eligibilityDescription',
  interpretation_services: 'interpretationServices',
  minimum_age: 'minimumAge',
  maximum_age: 'maximumAge',
} as const satisfies Partial<Record<keyof ServiceFields, keyof ServiceSearchColumns>>;

/**
 * The search columns that follow from the given fields: all of them for a registration, only those whose source
 * field changed for an update.
 */
export function serviceSearchColumns(fields: ServiceFields, onlyChanged: boolean): ServiceSearchColumns {
  const columns: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(COPIED)) {
    const value = fields[field as keyof typeof COPIED];
    if (!onlyChanged || value !== undefined) columns[column] = value ?? null;
  }
  if (!onlyChanged || fields.attributes !== undefined) {
    columns['taxonomyTermIds'] = taxonomyTermIdsOf(fields.attributes);
    columns['taxonomyKeys'] = taxonomyKeysOf(fields.attributes);
    const names = unique((fields.attributes ?? []).map((attribute) => attribute.taxonomy_term?.name));
    columns['taxonomyText'] = names.length > 0 ? names.join(' ') : null;
  }
  if (!onlyChanged || fields.languages !== undefined) columns['languageKeys'] = languageKeysOf(fields.languages);
  if (!onlyChanged || fields.service_capacity !== undefined) {
    columns['capacityAvailable'] = capacityAvailableOf(fields.service_capacity);
  }
  return columns as ServiceSearchColumns;
}
