import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { RecordKind } from './hsds.types';

const STANDARD_PATH = join('docs', 'standards', 'hsds-3.0');

/**
 * The folder of the HSDS 3.0 reference copy (docs/standards/hsds-3.0, CC BY-SA 4.0, Open Referral): `HSDS_STANDARD_DIR`
 * when set, else the first `docs/standards/hsds-3.0` above this file (sources and builds keep the workspace layout),
 * else above the working directory.
 */
export function hsdsStandardDir(environment: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = environment['HSDS_STANDARD_DIR'];
  if (configured) return resolve(configured);
  for (const start of [__dirname, process.cwd()]) {
    for (let folder = resolve(start); ; folder = dirname(folder)) {
      if (existsSync(join(folder, STANDARD_PATH, 'schema', 'service.json'))) return join(folder, STANDARD_PATH);
      if (dirname(folder) === folder) break;
    }
  }
  throw new Error(
    `the HSDS 3.0 schemas are not found: no ${STANDARD_PATH}/schema above ${__dirname}; set HSDS_STANDARD_DIR`,
  );
}

/** The HSDS 3.0 object schemas, keyed by the file names their `$ref`s use. */
function loadObjectSchemas(standardDir: string): Readonly<Record<string, object>> {
  const folder = join(standardDir, 'schema');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json') && file !== 'openapi.json')
      .map((file) => [file, JSON.parse(readFileSync(join(folder, file), 'utf8')) as object]),
  );
}

/**
 * Keywords the published schemas use for the tabular data package and documentation. Declared as annotations, the
 * schemas compile in ajv's strict mode, which still rejects anything else it does not know.
 */
export const HSDS_ANNOTATION_KEYWORDS = [
  'name',
  'path',
  'datapackage_metadata',
  'datapackage_type',
  'constraints',
  'example',
  'core',
  'tabular_required',
] as const;

/** HSDS 3.1 `service_capacity` with its `unit`, which 3.0 lacks (the directory's capacity shape). */
export const SERVICE_CAPACITY_SCHEMA = {
  type: 'object',
  required: ['id', 'unit', 'available', 'updated'],
  properties: {
    id: { type: 'string' },
    unit: {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        scheme: { type: ['string', 'null'] },
        identifier: { type: ['string', 'null'] },
        uri: { type: ['string', 'null'], format: 'uri' },
      },
    },
    available: { type: 'number', minimum: 0 },
    maximum: { type: ['number', 'null'], minimum: 0 },
    description: { type: ['string', 'null'] },
    updated: { type: 'string', format: 'date-time' },
  },
} as const;

/** Properties of each record's schema that hold other records: validated as records of their own. */
export const NESTED_RECORD_FIELDS: { readonly [K in RecordKind]: readonly string[] } = {
  organization: ['services', 'locations'],
  service: ['organization', 'service_at_locations'],
  service_at_location: ['service', 'location'],
  location: [],
  taxonomy: [],
  taxonomy_term: [],
};

const SCHEMA_FILE: { readonly [K in RecordKind]: string } = {
  organization: 'organization.json',
  service: 'service.json',
  service_at_location: 'service_at_location.json',
  location: 'location.json',
  taxonomy: 'taxonomy.json',
  taxonomy_term: 'taxonomy_term.json',
};

/** One schema violation, with a JSONPath relative to the validated value (`$.phones[0].number`). */
export interface SchemaViolation {
  readonly path: string;
  readonly reason: string;
}

/** Creates an ajv 2020-12 validator (strict, with formats) that knows every HSDS 3.0 object schema. */
export function createHsdsAjv(
  objectSchemas: Readonly<Record<string, object>> = loadObjectSchemas(hsdsStandardDir()),
): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary([...HSDS_ANNOTATION_KEYWORDS]);
  for (const [file, schema] of Object.entries(objectSchemas)) ajv.addSchema(schema, file);
  return ajv;
}

/** Validators of the HSDS object schemas, compiled once on first use. */
@Injectable()
export class HsdsSchemas {
  private readonly objectSchemas = loadObjectSchemas(hsdsStandardDir());
  private readonly ajv = createHsdsAjv(this.objectSchemas);
  private readonly records = new Map<RecordKind, ValidateFunction>();
  private readonly lists = new Map<string, ValidateFunction>();

  /**
   * Checks one record against its HSDS schema, without the records nested in it (each of those is checked on its
   * own, so one bad service does not reject its organisation).
   */
  validateRecord(kind: RecordKind, value: unknown): SchemaViolation[] {
    let validate = this.records.get(kind);
    if (!validate) {
      const schema = this.objectSchemas[SCHEMA_FILE[kind]] as { properties: Record<string, unknown> };
      const properties = Object.fromEntries(
        Object.entries(schema.properties).filter(([field]) => !NESTED_RECORD_FIELDS[kind].includes(field)),
      );
      if (kind === 'service') properties['service_capacity'] = { type: 'array', items: SERVICE_CAPACITY_SCHEMA };
      validate = this.ajv.compile({ ...schema, properties });
      this.records.set(kind, validate);
    }
    const shallow =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).filter(([field]) => !NESTED_RECORD_FIELDS[kind].includes(field)))
        : value;
    return validate(shallow) ? [] : violationsOf(validate.errors ?? []);
  }

  /** Checks a list of HSDS sub-records of one schema (`phone.json`, `schedule.json` ...), or one sub-record. */
  validateSubRecords(schemaFile: string, value: unknown, many: boolean): SchemaViolation[] {
    const key = `${schemaFile}:${many}`;
    let validate = this.lists.get(key);
    if (!validate) {
      if (!this.objectSchemas[schemaFile]) throw new Error(`no HSDS schema ${schemaFile}`);
      validate = this.ajv.compile(many ? { type: 'array', items: { $ref: schemaFile } } : { $ref: schemaFile });
      this.lists.set(key, validate);
    }
    return validate(value) ? [] : violationsOf(validate.errors ?? []);
  }
}

/** Turns ajv's errors into JSONPath-addressed reasons; a missing property is addressed by its own path. */
export function violationsOf(errors: readonly ErrorObject[]): SchemaViolation[] {
  const seen = new Set<string>();
  const violations: SchemaViolation[] = [];
  for (const error of errors) {
    const pointer =
      error.keyword === 'required'
        ? `${error.instancePath}/${String(error.params['missingProperty'])}`
        : error.instancePath;
    const reason = error.keyword === 'required' ? 'is required' : (error.message ?? error.keyword);
    const violation = { path: jsonPath(pointer), reason };
    const key = `${violation.path} ${violation.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push(violation);
  }
  return violations;
}

/** `/services/2/name` -> `$.services[2].name` */
export function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : `${path}.${segment}`), '$');
}

let shared: HsdsSchemas | undefined;

/** The process's validators: shared by the request DTOs' decorators, which class-validator creates outside DI. */
export function sharedHsdsSchemas(): HsdsSchemas {
  shared ??= new HsdsSchemas();
  return shared;
}
