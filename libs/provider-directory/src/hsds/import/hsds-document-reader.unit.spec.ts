import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HsdsSchemas, hsdsStandardDir } from '../hsds-schemas';
import {
  kindFromFileName,
  kindFromShape,
  mergeOccurrences,
  readHsdsDocument,
  type RecordOccurrence,
} from './hsds-document-reader';

const examples = join(hsdsStandardDir(), 'examples');
const example = (file: string): unknown => JSON.parse(readFileSync(join(examples, file), 'utf8'));
const schemas = new HsdsSchemas();

const ORGANIZATION = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const SERVICE = 'ac148810-d857-441c-9679-408f346de14b';
const LOCATION = '3a19ff88-4620-4d17-9830-ac1d859eb5d5';
const PLACEMENT = 'e94c9f38-1e8f-4564-91d4-d53501ab1765';
const TERM = '3f7b145d-84af-42d7-8fae-eaca714b02b2';
const TAXONOMY = '5c4d79d7-cc55-470e-9f1f-8cad074e4892';

function records(reading: ReturnType<typeof readHsdsDocument>): readonly RecordOccurrence[] {
  if (reading.outcome !== 'records') throw new Error(`skipped: ${reading.reason}`);
  return reading.occurrences;
}

describe('reading HSDS documents', () => {
  it('splits a fully nested organisation into its records, with the links the nesting implies', () => {
    const found = records(readHsdsDocument('organization_full.json', example('organization_full.json'), schemas));
    expect(found.map((o) => `${o.kind} ${o.id} ${o.source}`)).toEqual([
      `organization ${ORGANIZATION} organization_full.json: $`,
      `location ${LOCATION} organization_full.json: $.locations[0]`,
      `service ${SERVICE} organization_full.json: $.services[0]`,
      `service_at_location ${PLACEMENT} organization_full.json: $.services[0].service_at_locations[0]`,
      `location ${LOCATION} organization_full.json: $.services[0].service_at_locations[0].location`,
      `taxonomy_term ${TERM} organization_full.json: $.services[0].attributes[0].taxonomy_term`,
      `taxonomy ${TAXONOMY} organization_full.json: $.services[0].attributes[0].taxonomy_term.taxonomy_detail`,
    ]);
    expect(found.find((o) => o.kind === 'service')?.fields).toMatchObject({
      organization_id: ORGANIZATION,
      name: 'Community Counselling',
    });
    expect(found.find((o) => o.kind === 'service_at_location')?.fields).toMatchObject({
      service_id: SERVICE,
      location_id: LOCATION,
    });
    expect(found.find((o) => o.kind === 'taxonomy_term')?.fields).toMatchObject({
      taxonomy_id: TAXONOMY,
      code: 'code',
    });
    expect(found.find((o) => o.kind === 'organization')?.fields).not.toHaveProperty('services');
  });

  it('reads every item of a list page', () => {
    const found = records(readHsdsDocument('service_list.json', example('service_list.json'), schemas));
    expect(found.map((o) => o.kind)).toEqual(['service', 'organization']);
    expect(found[0]?.source).toBe('service_list.json: $.contents[0]');
    expect(found[0]?.fields).not.toHaveProperty('phones');
  });

  it('skips the API meta document and the tabular data package, saying why', () => {
    expect(readHsdsDocument('base.json', example('base.json'), schemas)).toEqual({
      outcome: 'skipped',
      reason: 'the API meta information of GET /, not directory records',
    });
    expect(readHsdsDocument('tabular.json', example('tabular.json'), schemas)).toMatchObject({ outcome: 'skipped' });
  });

  it('reports an invalid nested record by its path and keeps the valid records around it', () => {
    const document = example('organization_full.json') as { services: Record<string, unknown>[] };
    const [service] = document.services;
    const { name: _name, ...nameless } = service!;
    document.services = [
      service!,
      { ...service!, id: '0f0e8a84-7ad6-4d4c-9c3c-2a3a1d1c1a01' },
      { ...nameless, id: '0f0e8a84-7ad6-4d4c-9c3c-2a3a1d1c1a02' },
    ];
    const reading = readHsdsDocument('organization_full.json', document, schemas);
    expect(reading).toMatchObject({
      outcome: 'records',
      invalid: [{ kind: 'service', path: 'organization_full.json: $.services[2].name', reason: 'is required' }],
    });
    expect(records(reading).filter((o) => o.kind === 'service')).toHaveLength(2);
  });

  it('tells record kinds by file name first, then by shape', () => {
    expect(kindFromFileName('/tmp/service_at_location_list.json')).toBe('service_at_location');
    expect(kindFromFileName('taxonomy_term_list.json')).toBe('taxonomy_term');
    expect(kindFromFileName('directory-2026.json')).toBeUndefined();
    expect(kindFromShape({ id: 'x', name: 'n', status: 'active' })).toBe('service');
    expect(kindFromShape({ id: 'x', location_type: 'physical' })).toBe('location');
    expect(kindFromShape({ id: 'x', name: 'n', description: 'd', uri: 'http://example.com', version: '1' })).toBe(
      'taxonomy',
    );
  });
});

describe('merging occurrences', () => {
  it('merges a record’s occurrences field by field, later documents winning', () => {
    const merged = mergeOccurrences([
      { kind: 'location', id: 'l', fields: { name: 'Civic Center', external_identifier: 'a' }, source: 'a.json: $' },
      { kind: 'location', id: 'l', fields: { external_identifier: 'b' }, source: 'b.json: $' },
      { kind: 'service', id: 'l', fields: { name: 'Same id, other kind' }, source: 'c.json: $' },
    ]);
    expect(merged).toEqual([
      {
        kind: 'location',
        id: 'l',
        fields: { name: 'Civic Center', external_identifier: 'b' },
        sources: ['a.json: $', 'b.json: $'],
      },
      { kind: 'service', id: 'l', fields: { name: 'Same id, other kind' }, sources: ['c.json: $'] },
    ]);
  });
});
