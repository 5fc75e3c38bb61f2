import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { startDirectoryTestApp, type DirectoryTestApp } from '../../../testing/directory-test-app';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TAXONOMY = id(1);
const HOUSING = id(2);
const EMERGENCY_SHELTER = id(3);
const FOOD = id(4);
const [CIVIC_CENTER, MISSION, OAKLAND, SAN_JOSE] = [id(11), id(12), id(13), id(14)];
const CITY_HALL = { lat: 37.7793, lng: -122.4193 };

const term = (termId: string) => [{ id: `${termId.slice(0, -4)}9${termId.slice(-3)}`, taxonomy_term_id: termId }];
const embeddedTerm = (termId: string, code: string, name: string) => [
  { id: `${termId.slice(0, -4)}8${termId.slice(-3)}`, taxonomy_term: { id: termId, code, name, description: name } },
];
const capacity = (available: number) => [
  {
    id: id(900 + available),
    unit: { id: id(999), name: 'bed' },
    available,
    maximum: 40,
    updated: '2026-03-01T08:00:00Z',
  },
];
const spanish = [{ id: id(801), code: 'es', name: 'Spanish' }];
const english = [{ id: id(802), code: 'en', name: 'English' }];

interface Seeded {
  readonly n: number;
  readonly name: string;
  readonly at: string;
  readonly [field: string]: unknown;
}

function service({ n, at, ...fields }: Seeded): Record<string, unknown> {
  return { id: id(100 + n), status: 'active', ...fields, service_at_locations: [{ id: id(200 + n), location_id: at }] };
}

const SERVICES: readonly Seeded[] = [
  {
    n: 1,
    name: 'Harbor Night Shelter',
    at: CIVIC_CENTER,
    description: 'Overnight beds for adults',
    attributes: term(EMERGENCY_SHELTER),
    service_capacity: capacity(2),
    languages: english,
    minimum_age: 18,
    maximum_age: 64,
  },
  {
    n: 2,
    name: 'Mission Youth Shelter',
    at: MISSION,
    description: 'Beds and meals for young people',
    attributes: embeddedTerm(EMERGENCY_SHELTER, 'housing-emergency-shelter', 'Emergency Shelter'),
    service_capacity: capacity(10),
    languages: [...spanish, ...english],
    minimum_age: 16,
    maximum_age: 24,
  },
  {
    n: 3,
    name: 'Family Resource Center',
    at: CIVIC_CENTER,
    description: 'Referrals to emergency shelter and rent help',
    attributes: term(HOUSING),
    service_capacity: capacity(20),
    languages: english,
  },
  {
    n: 4,
    name: 'Bayview Shelter',
    at: CIVIC_CENTER,
    description: 'Beds for families',
    attributes: term(EMERGENCY_SHELTER),
    service_capacity: capacity(5),
    languages: english,
  },
  {
    n: 5,
    name: 'Oakland Food Pantry',
    at: OAKLAND,
    description: 'Groceries twice a week',
    attributes: term(FOOD),
    languages: spanish,
  },
  {
    n: 6,
    name: 'San Jose Rent Assistance',
    at: SAN_JOSE,
    description: 'Help with rent arrears',
    attributes: term(HOUSING),
    service_capacity: capacity(0),
    languages: english,
    minimum_age: 18,
  },
  {
    n: 7,
    name: 'Closed Shelter',
    at: CIVIC_CENTER,
    status: 'inactive',
    attributes: term(EMERGENCY_SHELTER),
    service_capacity: capacity(3),
  },
  {
    n: 8,
    name: 'Suspended Shelter',
    at: CIVIC_CENTER,
    attributes: term(EMERGENCY_SHELTER),
    service_capacity: capacity(4),
  },
];
const nameOf = new Map(SERVICES.map((s) => [id(100 + s.n), s.name]));

const location = (locationId: string, name: string, latitude: number, longitude: number) => ({
  id: locationId,
  location_type: 'physical',
  name,
  latitude,
  longitude,
});

describe('searching the directory for a client', () => {
  let database: TestDatabase;
  let directory: DirectoryTestApp;
  let keyDir: string;

  // Criteria written as `need=food&age=17` for brevity, sent as the JSON body the route takes.
  const search = async (query: string, tenant = 'county-a') => {
    const response = await directory.app.inject({
      method: 'POST',
      url: '/directory/search',
      payload: criteriaOf(query),
      headers: { authorization: await directory.bearer(['case_manager'], { tenant }) },
    });
    return response;
  };
  const names = async (query: string, tenant = 'county-a'): Promise<string[]> => {
    const response = await search(query, tenant);
    expect(response.statusCode).toBe(200);
    return (response.json() as { results: { service: { id: string; name: string } }[] }).results.map(
      (hit) => hit.service.name,
    );
  };
  const admin = async (url: string, payload: object) =>
    directory.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { authorization: await directory.bearer(['admin']) },
    });

  beforeAll(async () => {
    database = await createTestDatabase('provider_directory_search');
    keyDir = await mkdtemp(join(tmpdir(), 'directory-search-'));
    directory = await startDirectoryTestApp(database.url, join(keyDir, 'signing-key.json'));
    const terms = {
      contents: [
        {
          id: HOUSING,
          code: 'housing',
          name: 'Housing',
          description: 'Housing',
          taxonomy_detail: { id: TAXONOMY, name: 'Needs', description: 'Needs' },
        },
        {
          id: EMERGENCY_SHELTER,
          code: 'housing-emergency-shelter',
          name: 'Emergency Shelter',
          description: 'Shelter tonight',
          parent_id: HOUSING,
          taxonomy_id: TAXONOMY,
        },
        { id: FOOD, code: 'food', name: 'Food', description: 'Food', taxonomy_id: TAXONOMY },
      ],
    };
    const organization = {
      id: id(50),
      name: 'Bay Area Services',
      description: 'Services around the bay',
      locations: [
        location(CIVIC_CENTER, 'Civic Center', 37.7793, -122.4193),
        location(MISSION, 'Mission Hub', 37.7599, -122.4148),
        location(OAKLAND, 'Oakland Hall', 37.8053, -122.2723),
        location(SAN_JOSE, 'San Jose Hall', 37.3382, -121.8863),
      ],
      services: SERVICES.map(service),
    };
    const suspendedOrganization = {
      id: id(51),
      name: 'Paused Services',
      description: 'Under review',
      services: [
        service({
          n: 9,
          name: 'Paused Org Shelter',
          at: CIVIC_CENTER,
          attributes: term(EMERGENCY_SHELTER),
          service_capacity: capacity(6),
        }),
      ],
    };
    nameOf.set(id(109), 'Paused Org Shelter');
    const summary = await directory.importer.importDocuments(
      [
        { name: 'taxonomy_term_list.json', content: terms },
        { name: 'organization_full.json', content: organization },
        { name: 'organization_paused.json', content: suspendedOrganization },
      ],
      { tenantId: 'county-a' },
    );
    expect(summary.invalid).toEqual([]);
    await directory.importer.importDocuments(
      [
        {
          name: 'organization_full.json',
          content: {
            id: id(60),
            name: 'County B Services',
            description: 'Another agency',
            locations: [location(id(61), 'County B Hall', 37.7793, -122.4193)],
            services: [service({ n: 60, name: 'County B Shelter', at: id(61), service_capacity: capacity(7) })],
          },
        },
      ],
      { tenantId: 'county-b' },
    );
    expect(
      (await admin(`/directory/services/${id(108)}/suspend`, { reason: 'licence lapsed', expectedVersion: 1 }))
        .statusCode,
    ).toBe(200);
    expect(
      (await admin(`/directory/organizations/${id(51)}/suspend`, { reason: 'under review', expectedVersion: 1 }))
        .statusCode,
    ).toBe(200);
    await directory.projectionsCaughtUp();
  }, 120_000);

  afterAll(async () => {
    await directory?.close();
    await database?.drop();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('finds services for a need, including those tagged with a narrower term, most open capacity first', async () => {
    expect(await names('need=housing')).toEqual([
      'Family Resource Center',
      'Mission Youth Shelter',
      'Bayview Shelter',
      'Harbor Night Shelter',
      'San Jose Rent Assistance',
    ]);
    expect(await names('need=food')).toEqual(['Oakland Food Pantry']);
  });

  it('matches a need by term code, name or id alike', async () => {
    const expected = ['Mission Youth Shelter', 'Bayview Shelter', 'Harbor Night Shelter'];
    expect(await names('need=housing-emergency-shelter')).toEqual(expected);
    expect(await names('need=Emergency%20Shelter')).toEqual(expected);
    expect(await names(`need=${EMERGENCY_SHELTER}`)).toEqual(expected);
  });

  it('finds services by free text and leaves out inactive, suspended and suspended organisations’ services', async () => {
    expect((await names('q=shelter')).sort()).toEqual([
      'Bayview Shelter',
      'Family Resource Center',
      'Harbor Night Shelter',
      'Mission Youth Shelter',
    ]);
    expect(await names('q=groceries')).toEqual(['Oakland Food Pantry']);
  });

  it('finds services within a distance of the client, nearest first', async () => {
    expect(await names(`lat=${CITY_HALL.lat}&lng=${CITY_HALL.lng}&radiusKm=5`)).toEqual([
      'Family Resource Center',
      'Bayview Shelter',
      'Harbor Night Shelter',
      'Mission Youth Shelter',
    ]);
    const wider = await search(`lat=${CITY_HALL.lat}&lng=${CITY_HALL.lng}&radiusKm=20&need=food`);
    const [pantry] = (wider.json() as { results: { distanceKm: number; nearestLocation: { name: string } }[] }).results;
    expect(pantry?.distanceKm).toBeCloseTo(13.2, 0);
    expect(pantry?.nearestLocation.name).toBe('Oakland Hall');
  });

  it('finds services offered in the client’s language, by code or name', async () => {
    expect((await names('language=es')).sort()).toEqual(['Mission Youth Shelter', 'Oakland Food Pantry']);
    expect((await names('language=Spanish')).sort()).toEqual(['Mission Youth Shelter', 'Oakland Food Pantry']);
  });

  it('finds services whose age range admits the client', async () => {
    expect((await names('age=17')).sort()).toEqual([
      'Bayview Shelter',
      'Family Resource Center',
      'Mission Youth Shelter',
      'Oakland Food Pantry',
    ]);
  });

  it('finds only services with open capacity when asked', async () => {
    expect(await names('openCapacity=true')).toEqual([
      'Family Resource Center',
      'Mission Youth Shelter',
      'Bayview Shelter',
      'Harbor Night Shelter',
    ]);
  });

  it('ranks by text relevance, then distance, then open capacity', async () => {
    const response = await search(`q=shelter&lat=${CITY_HALL.lat}&lng=${CITY_HALL.lng}&radiusKm=10`);
    expect(await directory.undocumented('POST', '/directory/search', response.json())).toEqual([]);
    const results = (
      response.json() as {
        results: { service: { name: string }; relevance: number; distanceKm: number; openCapacity: number }[];
      }
    ).results;
    expect(
      results.map((hit) => [hit.service.name, hit.relevance, Math.round(hit.distanceKm * 10) / 10, hit.openCapacity]),
    ).toEqual([
      ['Bayview Shelter', 3, 0, 5],
      ['Harbor Night Shelter', 3, 0, 2],
      ['Mission Youth Shelter', 3, 2.2, 10],
      ['Family Resource Center', 1, 0, 20],
    ]);
  });

  it('combines every criterion', async () => {
    expect(
      await names(
        `need=housing&language=es&age=17&openCapacity=true&lat=${CITY_HALL.lat}&lng=${CITY_HALL.lng}&radiusKm=5`,
      ),
    ).toEqual(['Mission Youth Shelter']);
  });

  it('pages the results and says how many there are', async () => {
    const response = await search('need=housing&perPage=2&page=2');
    expect(await directory.undocumented('POST', '/directory/search', response.json())).toEqual([]);
    expect(response.json()).toMatchObject({
      totalItems: 5,
      page: 2,
      perPage: 2,
      results: [{ service: { name: 'Bayview Shelter' } }, { service: { name: 'Harbor Night Shelter' } }],
    });
  });

  it('searches only the caller’s tenant', async () => {
    expect(await names('q=shelter', 'county-b')).toEqual(['County B Shelter']);
    expect(await names('q=county')).toEqual([]);
  });

  it('answers 400 naming the field and the reason on bad input', async () => {
    const missingLongitude = await search('lat=37.7');
    expect(missingLongitude.statusCode).toBe(400);
    expect(missingLongitude.json()).toMatchObject({ error: 'VALIDATION_FAILED', violations: [{ field: 'lng' }] });
    const badAge = await search('age=-1');
    expect(badAge.json()).toMatchObject({ violations: [{ field: 'age', reasons: ['age must not be less than 0'] }] });
    const badFlag = await search('openCapacity=maybe');
    expect(badFlag.json()).toMatchObject({ violations: [{ field: 'openCapacity' }] });
  });

  it('takes a client’s place, age and language only in a body, never in a URL', async () => {
    const inUrl = await directory.app.inject({
      method: 'GET',
      url: `/directory/search?lat=${CITY_HALL.lat}&lng=${CITY_HALL.lng}&age=17`,
      headers: { authorization: await directory.bearer(['case_manager']) },
    });
    expect(inUrl.statusCode).toBe(404);
    const asText = await search('age=seventeen');
    expect(asText.json()).toMatchObject({ violations: [{ field: 'age' }] });
  });

  it('refuses a page or a page size beyond its maximum with 400, on the search and the HSDS lists alike', async () => {
    expect((await search('need=housing&page=10001')).json()).toMatchObject({ violations: [{ field: 'page' }] });
    expect((await search('need=housing&perPage=101')).json()).toMatchObject({ violations: [{ field: 'perPage' }] });
    for (const url of ['/services?page=1e20', '/taxonomies?page=10001', '/organizations?per_page=501']) {
      const response = await directory.app.inject({
        method: 'GET',
        url,
        headers: { authorization: await directory.bearer(['case_manager'], { tenant: 'county-a' }) },
      });
      expect({ url, status: response.statusCode, error: response.json().error }).toEqual({
        url,
        status: 400,
        error: 'VALIDATION_FAILED',
      });
    }
  });

  it('serves each hit as an HSDS service list item', async () => {
    const response = await search('need=food');
    const [hit] = (response.json() as { results: { service: Record<string, unknown> }[] }).results;
    expect(hit?.service).toMatchObject({
      id: id(105),
      name: 'Oakland Food Pantry',
      status: 'active',
      organization_id: id(50),
    });
    expect(nameOf.get(String(hit?.service['id']))).toBe('Oakland Food Pantry');
  });
});

function criteriaOf(query: string): Record<string, unknown> {
  const typed = (value: string): unknown =>
    value === 'true' ? true : value === 'false' ? false : /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return Object.fromEntries([...new URLSearchParams(query)].map(([key, value]) => [key, typed(value)]));
}
