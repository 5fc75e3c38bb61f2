import { basename } from 'node:path';
import { pickFields, type FieldsByKind, type RecordKind } from '../hsds.types';
import type { HsdsSchemas } from '../hsds-schemas';

/** One appearance of a record in a document: a service may appear in its own file and nested in its organisation's. */
export interface RecordOccurrence<K extends RecordKind = RecordKind> {
  readonly kind: K;
  readonly id: string;
  readonly fields: FieldsByKind[K];
  /** `file.json: $.services[0]` */
  readonly source: string;
}

/** A record that cannot be imported, where it is and why. */
export interface InvalidRecord {
  readonly kind: RecordKind | 'unknown';
  /** `organization_full.json: $.services[2].name` */
  readonly path: string;
  readonly reason: string;
}

export type DocumentReading =
  | {
      readonly outcome: 'records';
      readonly occurrences: readonly RecordOccurrence[];
      readonly invalid: readonly InvalidRecord[];
    }
  | { readonly outcome: 'skipped'; readonly reason: string };

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Longest names first: `service_at_location_full.json` is not a service, `taxonomy_term.json` not a taxonomy.
const FILE_NAME_KINDS: readonly RecordKind[] = [
  'service_at_location',
  'taxonomy_term',
  'taxonomy',
  'organization',
  'service',
  'location',
];

/** The record kind a file holds, from its name (`service_full.json`, `organization_list.json` ...). */
export function kindFromFileName(fileName: string): RecordKind | undefined {
  const name = basename(fileName).toLowerCase();
  return FILE_NAME_KINDS.find((kind) => name.startsWith(kind));
}

/** The record kind of an object by its fields, for files whose names do not say. */
export function kindFromShape(value: Json): RecordKind | undefined {
  const has = (...fields: string[]) => fields.some((field) => value[field] !== undefined);
  if (has('location_type', 'latitude', 'longitude', 'addresses', 'accessibility')) return 'location';
  if (has('service_id', 'location_id') || isObject(value['service']) || isObject(value['location']))
    return 'service_at_location';
  if (has('status', 'service_at_locations', 'eligibility_description', 'service_areas')) return 'service';
  if (has('code', 'parent_id', 'term_uri', 'taxonomy_detail', 'taxonomy', 'taxonomy_id')) return 'taxonomy_term';
  if (
    has(
      'services',
      'locations',
      'website',
      'tax_status',
      'legal_status',
      'year_incorporated',
      'organization_identifiers',
    )
  ) {
    return 'organization';
  }
  if (has('version', 'uri') && has('name')) return 'taxonomy';
  return undefined;
}

/**
 * Reads an HSDS 3.0 JSON document into the records it holds: a single object, a list page (`{ contents: [...] }`)
 * or a fully nested organisation, service or service-at-location. Nested records become records of their own, with
 * the links their nesting implies (a service inside an organisation gets its `organization_id`). Each record is
 * checked against its HSDS schema on its own, so one bad record does not keep its neighbours out.
 */
export function readHsdsDocument(fileName: string, document: unknown, schemas: HsdsSchemas): DocumentReading {
  const file = basename(fileName);
  if (isObject(document)) {
    const keys = Object.keys(document);
    if (keys.length > 0 && keys.every((key) => key.endsWith('.csv'))) {
      return { outcome: 'skipped', reason: 'an HSDS tabular data package (CSV tables as JSON), not API documents' };
    }
    if (document['openapi_url'] !== undefined || (document['profile'] !== undefined && document['id'] === undefined)) {
      return { outcome: 'skipped', reason: 'the API meta information of GET /, not directory records' };
    }
  }
  const reader = new RecordWalker(file, schemas);
  const hint = kindFromFileName(file);
  if (isObject(document) && Array.isArray(document['contents'])) {
    document['contents'].forEach((item, index) => reader.visitTop(item, `$.contents[${index}]`, hint));
  } else {
    reader.visitTop(document, '$', hint);
  }
  return { outcome: 'records', occurrences: reader.occurrences, invalid: reader.invalid };
}

type Links = Readonly<Record<string, string | undefined>>;

const idOf = (value: unknown): string | undefined =>
  isObject(value) && typeof value['id'] === 'string' ? value['id'] : undefined;

function linksToNested(kind: RecordKind, value: Json): Links {
  switch (kind) {
    case 'service':
      return { organization_id: idOf(value['organization']) };
    case 'service_at_location':
      return { service_id: idOf(value['service']), location_id: idOf(value['location']) };
    case 'taxonomy_term':
      return { taxonomy_id: idOf(value['taxonomy_detail']) };
    default:
      return {};
  }
}

class RecordWalker {
  readonly occurrences: RecordOccurrence[] = [];
  readonly invalid: InvalidRecord[] = [];

  constructor(
    private readonly file: string,
    private readonly schemas: HsdsSchemas,
  ) {}

  visitTop(value: unknown, path: string, hint: RecordKind | undefined): void {
    const kind = hint ?? (isObject(value) ? kindFromShape(value) : undefined);
    if (!kind) {
      this.invalid.push({
        kind: 'unknown',
        path: this.at(path),
        reason: 'not an HSDS organization, service, location, service_at_location or taxonomy record',
      });
      return;
    }
    this.visit(kind, value, path, {});
  }

  private at(path: string): string {
    return `${this.file}: ${path}`;
  }

  private visit(kind: RecordKind, value: unknown, path: string, links: Links): void {
    if (!isObject(value)) {
      this.invalid.push({ kind, path: this.at(path), reason: `must be an object (an HSDS ${kind})` });
      return;
    }
    const id = typeof value['id'] === 'string' ? value['id'] : undefined;
    const violations = this.schemas.validateRecord(kind, value);
    for (const violation of violations) {
      this.invalid.push({ kind, path: this.at(`${path}${violation.path.slice(1)}`), reason: violation.reason });
    }
    if (violations.length === 0 && id !== undefined) {
      // Links the nesting implies, to a parent or to a record nested inside; a record that names its own link keeps it.
      const implied = Object.fromEntries(
        [...Object.entries(links), ...Object.entries(linksToNested(kind, value))].filter(
          ([field, link]) => link !== undefined && value[field] === undefined,
        ),
      );
      const fields = pickFields(kind, { ...implied, ...value });
      this.occurrences.push({ kind, id, fields, source: this.at(path) });
    }
    this.visitNested(kind, value, path, id);
  }

  private visitNested(kind: RecordKind, value: Json, path: string, id: string | undefined): void {
    switch (kind) {
      case 'organization':
        this.visitList('location', value, 'locations', path, { organization_id: id });
        this.visitList('service', value, 'services', path, { organization_id: id });
        break;
      case 'service':
        if (value['organization'] !== undefined)
          this.visit('organization', value['organization'], `${path}.organization`, {});
        this.visitList('service_at_location', value, 'service_at_locations', path, { service_id: id });
        break;
      case 'service_at_location':
        if (value['location'] !== undefined) this.visit('location', value['location'], `${path}.location`, {});
        if (value['service'] !== undefined) this.visit('service', value['service'], `${path}.service`, {});
        break;
      case 'taxonomy_term':
        if (value['taxonomy_detail'] !== undefined)
          this.visit('taxonomy', value['taxonomy_detail'], `${path}.taxonomy_detail`, {});
        break;
      case 'location':
      case 'taxonomy':
        break;
      default: {
        const unknownKind: never = kind;
        throw new Error(`unknown record kind ${String(unknownKind)}`);
      }
    }
    const attributes = value['attributes'];
    if (Array.isArray(attributes)) {
      attributes.forEach((attribute: unknown, index) => {
        if (isObject(attribute) && attribute['taxonomy_term'] !== undefined) {
          this.visit('taxonomy_term', attribute['taxonomy_term'], `${path}.attributes[${index}].taxonomy_term`, {});
        }
      });
    }
  }

  private visitList(kind: RecordKind, parent: Json, field: string, path: string, links: Links): void {
    const list = parent[field];
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      this.invalid.push({ kind, path: this.at(`${path}.${field}`), reason: 'must be array' });
      return;
    }
    list.forEach((item: unknown, index) => this.visit(kind, item, `${path}.${field}[${index}]`, links));
  }
}

/** A record as the import writes it: the fields of all its occurrences, later ones winning field by field. */
export interface MergedRecord<K extends RecordKind = RecordKind> {
  readonly kind: K;
  readonly id: string;
  readonly fields: FieldsByKind[K];
  readonly sources: readonly string[];
}

/**
 * Merges the occurrences of each record. A list page gives fewer fields than a full document; merging field by
 * field lets the summary leave alone what it does not give, and makes a re-import of the same files compute the
 * same records again, so it changes nothing.
 */
export function mergeOccurrences(occurrences: readonly RecordOccurrence[]): MergedRecord[] {
  const merged = new Map<
    string,
    { kind: RecordKind; id: string; fields: Record<string, unknown>; sources: string[] }
  >();
  for (const occurrence of occurrences) {
    const key = `${occurrence.kind}:${occurrence.id}`;
    const record = merged.get(key) ?? { kind: occurrence.kind, id: occurrence.id, fields: {}, sources: [] };
    Object.assign(record.fields, occurrence.fields);
    record.sources.push(occurrence.source);
    merged.set(key, record);
  }
  return [...merged.values()] as MergedRecord[];
}
