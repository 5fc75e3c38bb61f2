import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { HSDS_STANDARD_DIR, startDirectoryTestApp, type DirectoryTestApp } from '../../testing/directory-test-app';
import { HsdsResponseValidators } from '../../testing/hsds-response-validators';
import type { ImportSummary } from './hsds-importer';
import { runImportCli } from './import.cli';

const EXAMPLES = join(HSDS_STANDARD_DIR, 'examples');
const ORGANIZATION = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const SERVICE = 'ac148810-d857-441c-9679-408f346de14b';
const PLACEMENT = 'e94c9f38-1e8f-4564-91d4-d53501ab1765';
const TAXONOMY = '5c4d79d7-cc55-470e-9f1f-8cad074e4892';
const TERM = '3f7b145d-84af-42d7-8fae-eaca714b02b2';

const example = async (file: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(join(EXAMPLES, file), 'utf8')) as Record<string, unknown>;

describe('importing the HSDS 3.0 examples and serving them back', () => {
  let database: TestDatabase;
  let directory: DirectoryTestApp;
  let workDir: string;
  let firstImport: ImportSummary;
  const log: string[] = [];
  const validators = new HsdsResponseValidators();

  const get = async (url: string, roles: Parameters<DirectoryTestApp['bearer']>[0] = ['case_manager']) => {
    const response = await directory.app.inject({
      method: 'GET',
      url,
      headers: { authorization: await directory.bearer(roles) },
    });
    return {
      status: response.statusCode,
      body: response.json() as Record<string, unknown> & { contents?: Record<string, unknown>[] },
    };
  };

  beforeAll(async () => {
    database = await createTestDatabase('provider_directory_import');
    workDir = await mkdtemp(join(tmpdir(), 'hsds-import-'));
    directory = await startDirectoryTestApp(database.url, join(workDir, 'signing-key.json'));
    firstImport = await directory.importer.importPath(EXAMPLES, {
      tenantId: 'county-a',
      log: (line) => log.push(line),
    });
    await directory.projectionsCaughtUp();
    validators.compile(
      'compiled/service.json',
      'compiled/service_list.json',
      'compiled/organization.json',
      'compiled/organization_list.json',
      'compiled/service_at_location.json',
      'compiled/service_at_location_list.json',
      'taxonomy.json',
      'taxonomy_term.json',
      'Page',
      'GET /',
    );
  }, 240_000);

  afterAll(async () => {
    await directory?.close();
    await database?.drop();
    await rm(workDir, { recursive: true, force: true });
  });

  it('imports every example document, skipping only the API meta and the tabular package, with progress and a summary', () => {
    expect(firstImport.invalid).toEqual([]);
    expect(firstImport.skipped.map((skip) => skip.file)).toEqual(['base.json', 'tabular.json']);
    for (const kind of [
      'organization',
      'location',
      'service',
      'service_at_location',
      'taxonomy',
      'taxonomy_term',
    ] as const) {
      expect({ kind, ...firstImport.counts[kind] }).toEqual({ kind, created: 1, updated: 0, unchanged: 0, invalid: 0 });
    }
    expect(firstImport.eventsAppended).toBe(6);
    expect(log).toEqual(
      expect.arrayContaining([
        'read     organization_full.json: 1 taxonomy, 1 taxonomy_term, 1 organization, 2 location, 1 service, 1 service_at_location',
        'skipped  base.json: the API meta information of GET /, not directory records',
        'writing  6 records to tenant county-a',
        expect.stringMatching(/^summary {2}13 files, 2 skipped, 6 events appended$/),
      ]),
    );
  });

  it('serves the fully nested service valid against compiled/service.json, as the example gave it', async () => {
    const { status, body } = await get(`/services/${SERVICE}`);
    expect(status).toBe(200);
    expect(validators.errors('compiled/service.json', body)).toEqual([]);
    const original = await example('service_full.json');
    // The directory adds the links HSDS leaves implicit in the nesting, and keeps its own last_modified.
    expect(withoutDirectoryFields(body)).toEqual(withoutDirectoryFields(original));
  });

  it('serves the organisation with its services valid against compiled/organization.json', async () => {
    const { status, body } = await get(`/organizations/${ORGANIZATION}`);
    expect(status).toBe(200);
    expect(validators.errors('compiled/organization.json', body)).toEqual([]);
    expect(withoutDirectoryFields(body)).toEqual(withoutDirectoryFields(await example('organization_full.json')));
  });

  it('serves the service at location valid against compiled/service_at_location.json', async () => {
    const { status, body } = await get(`/service_at_locations/${PLACEMENT}`);
    expect(status).toBe(200);
    expect(validators.errors('compiled/service_at_location.json', body)).toEqual([]);
    expect(body).toMatchObject({
      id: PLACEMENT,
      location: { id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5' },
      service: { id: SERVICE },
    });
  });

  it('serves every list page valid against the Page schema and its item schema', async () => {
    const services = await get('/services');
    expect(validators.pageErrors('compiled/service_list.json', services.body)).toEqual([]);
    expect(services.body).toMatchObject({
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(withoutDirectoryFields(services.body.contents?.[0] ?? {})).toEqual(
      withoutDirectoryFields(((await example('service_list.json'))['contents'] as Record<string, unknown>[])[0]!),
    );

    const organizations = await get('/organizations');
    expect(validators.pageErrors('compiled/organization_list.json', organizations.body)).toEqual([]);
    const placements = await get('/service_at_locations');
    expect(validators.pageErrors('compiled/service_at_location_list.json', placements.body)).toEqual([]);
    expect(placements.body.contents).toHaveLength(1);
    const taxonomies = await get('/taxonomies');
    expect(validators.pageErrors('taxonomy.json', taxonomies.body)).toEqual([]);
    const terms = await get('/taxonomy_terms');
    expect(validators.pageErrors('taxonomy_term.json', terms.body)).toEqual([]);
    expect(withoutDirectoryFields(terms.body.contents?.[0] ?? {})).toEqual(await example('taxonomy_term.json'));
  });

  it('serves single taxonomies and terms, and the API meta information', async () => {
    const taxonomy = await get(`/taxonomies/${TAXONOMY}`);
    expect(validators.errors('taxonomy.json', taxonomy.body)).toEqual([]);
    expect(taxonomy.body).toEqual(await example('taxonomy.json'));
    const term = await get(`/taxonomy_terms/${TERM}`);
    expect(validators.errors('taxonomy_term.json', term.body)).toEqual([]);
    const meta = await get('/');
    expect(validators.errors('GET /', meta.body)).toEqual([]);
    expect(meta.body).toMatchObject({ version: '3.0' });
  });

  it('filters the service list as HSDS defines: taxonomy term, organisation, modified after, free text', async () => {
    const byTerm = await get(`/services?taxonomy_term_id=${TERM}`);
    const byTaxonomy = await get(`/services?taxonomy_id=${TAXONOMY}`);
    const byOtherTerm = await get('/services?taxonomy_term_id=0bc248fa-dc27-4650-9ba4-8f1a24ef16a2');
    const byOrganization = await get(`/services?organization_id=${ORGANIZATION}`);
    const recent = await get(
      `/services?modified_after=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}`,
    );
    const future = await get(
      `/services?modified_after=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`,
    );
    const text = await get('/services?search=counselling');
    const noText = await get('/services?search=veterinary');
    expect(
      [byTerm, byTaxonomy, byOtherTerm, byOrganization, recent, future, text, noText].map((r) => r.body.total_items),
    ).toEqual([1, 1, 0, 1, 1, 0, 1, 0]);
  });

  it('answers 400 naming the query parameter HSDS does not define here', async () => {
    const { status, body } = await get('/services?postcode=AB1');
    expect(status).toBe(400);
    expect(body).toMatchObject({ violations: [{ field: 'postcode' }] });
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await directory.countEvents();
    const again = await directory.importer.importPath(EXAMPLES, { tenantId: 'county-a' });
    expect(await directory.countEvents()).toBe(before);
    expect(again.eventsAppended).toBe(0);
    expect(again.counts.service).toEqual({ created: 0, updated: 0, unchanged: 1, invalid: 0 });
  });

  it('records a changed field of a re-imported document as an update of that field only', async () => {
    const folder = await mkdtemp(join(workDir, 'changed-'));
    const service = await example('service_full.json');
    await writeFile(join(folder, 'service_full.json'), JSON.stringify({ ...service, wait_time: '2 weeks' }));
    const summary = await directory.importer.importPath(folder, { tenantId: 'county-a' });
    expect(summary.counts.service).toEqual({ created: 0, updated: 1, unchanged: 0, invalid: 0 });
    const events = await directory.store.readStream(`provider-directory.service-${SERVICE}`);
    expect(events.at(-1)).toMatchObject({
      type: 'ServiceUpdated',
      data: { serviceId: SERVICE, changes: { wait_time: '2 weeks' } },
    });
    expect(Object.keys((events.at(-1)!.data as { changes: object }).changes)).toEqual(['wait_time']);
  });

  it('reports an invalid record with its path and reason, and imports the valid records beside it', async () => {
    const folder = await mkdtemp(join(workDir, 'invalid-'));
    const organization = await example('organization_full.json');
    const [service] = organization['services'] as Record<string, unknown>[];
    const { name: _name, service_at_locations: _placements, ...nameless } = service!;
    const ids = [
      '6b1f7d3e-5a0c-4c33-9d3f-1a1e1c0a0001',
      '6b1f7d3e-5a0c-4c33-9d3f-1a1e1c0a0002',
      '6b1f7d3e-5a0c-4c33-9d3f-1a1e1c0a0003',
    ];
    const document = {
      ...organization,
      id: '6b1f7d3e-5a0c-4c33-9d3f-1a1e1c0a0000',
      locations: [],
      services: [
        { ...nameless, name: 'Valid one', id: ids[0] },
        { ...nameless, name: 'Valid two', id: ids[1], minimum_age: 30, maximum_age: 20 },
        { ...nameless, id: ids[2] },
      ],
    };
    await writeFile(join(folder, 'organization_full.json'), JSON.stringify(document));
    const summary = await directory.importer.importPath(folder, { tenantId: 'county-a' });
    expect(summary.invalid).toEqual([
      { kind: 'service', path: 'organization_full.json: $.services[2].name', reason: 'is required' },
      {
        kind: 'service',
        path: 'organization_full.json: $.services[1].maximum_age',
        reason: 'must not be less than minimum_age',
      },
    ]);
    expect(summary.counts.service).toMatchObject({ created: 1, invalid: 2 });
    expect(summary.counts.organization).toMatchObject({ created: 1 });
    await directory.projectionsCaughtUp();
    expect((await get(`/services/${ids[0]}`)).status).toBe(200);
    expect((await get(`/services/${ids[2]}`)).status).toBe(404);
  });

  it('runs from the command line with progress lines and a summary, and changes nothing the second time', async () => {
    const run = async (): Promise<{ code: number; printed: string }> => {
      const output: string[] = [];
      const code = await runImportCli([EXAMPLES, '--tenant', 'county-a'], { DATABASE_URL: database.url }, (text) =>
        output.push(text),
      );
      return { code, printed: output.join('') };
    };
    // The service was changed by an earlier test: the examples set it back.
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.printed).toContain(
      'read     service_full.json: 1 taxonomy, 1 taxonomy_term, 1 organization, 2 location, 1 service, 1 service_at_location',
    );
    expect(first.printed).toMatch(/summary {2}13 files, 2 skipped, 1 events appended/);
    const second = await run();
    expect(second.code).toBe(0);
    expect(second.printed).toMatch(/summary {2}13 files, 2 skipped, 0 events appended/);
    expect(second.printed).toMatch(/\n {2}service +0 +0 +1 +0\n/);
    expect(await runImportCli(['--tenant', 'county-a'], { DATABASE_URL: database.url }, () => undefined)).toBe(1);
  });

  it('exits 2 from the command line when some records were invalid', async () => {
    const folder = await mkdtemp(join(workDir, 'cli-invalid-'));
    await writeFile(
      join(folder, 'service.json'),
      JSON.stringify({ id: '6b1f7d3e-5a0c-4c33-9d3f-1a1e1c0a0009', status: 'open' }),
    );
    const output: string[] = [];
    expect(
      await runImportCli([folder, '--tenant', 'county-a'], { DATABASE_URL: database.url }, (text) => output.push(text)),
    ).toBe(2);
    expect(output.join('')).toContain('invalid  service.json: $.name: is required');
  });
});

// Fields the directory adds or owns: the links HSDS leaves implicit in nesting, and last_modified (the directory's
// own time of the last change).
function withoutDirectoryFields(document: Record<string, unknown>): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(
          ([key]) => !['last_modified', 'organization_id', 'service_id', 'location_id', 'taxonomy_id'].includes(key),
        )
        .map(([key, child]) => [key, strip(child)]),
    );
  };
  return strip(document);
}
