import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@casemgmt/auth';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { startDirectoryTestApp, type DirectoryTestApp } from '../testing/directory-test-app';

const ORGANIZATION = '1c9e1f7a-3b2d-4e5f-8a9b-000000000001';
const OTHER_ORGANIZATION = '1c9e1f7a-3b2d-4e5f-8a9b-000000000002';
const LOCATION = '1c9e1f7a-3b2d-4e5f-8a9b-000000000011';
const SERVICE = '1c9e1f7a-3b2d-4e5f-8a9b-000000000021';
const PLACEMENT = '1c9e1f7a-3b2d-4e5f-8a9b-000000000031';

interface Caller {
  readonly roles: readonly Role[];
  readonly org?: string;
  readonly tenant?: string;
}
const ADMIN: Caller = { roles: ['admin'] };

describe('directory administration and capacity reports over HTTP', () => {
  let database: TestDatabase;
  let directory: DirectoryTestApp;
  let keyDir: string;

  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, caller: Caller, payload?: object) => {
    const response = await directory.app.inject({
      method,
      url,
      headers: {
        authorization: await directory.bearer(caller.roles, {
          ...(caller.org ? { org: caller.org } : {}),
          ...(caller.tenant ? { tenant: caller.tenant } : {}),
        }),
      },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, body: response.json() as Record<string, unknown>, headers: response.headers };
  };
  const serviceEvents = () => directory.store.readStream(`provider-directory.service-${SERVICE}`);

  beforeAll(async () => {
    database = await createTestDatabase('provider_directory_write');
    keyDir = await mkdtemp(join(tmpdir(), 'directory-write-'));
    directory = await startDirectoryTestApp(database.url, join(keyDir, 'signing-key.json'));
  }, 60_000);

  afterAll(async () => {
    await directory?.close();
    await database?.drop();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('lets a directory administrator register an organisation, a location, a service and where it is delivered', async () => {
    const organization = await call('POST', '/directory/organizations', ADMIN, {
      id: ORGANIZATION,
      name: 'Harbor House',
      description: 'Shelter and meals',
    });
    const location = await call('POST', '/directory/locations', ADMIN, {
      id: LOCATION,
      location_type: 'physical',
      organization_id: ORGANIZATION,
      name: 'Harbor House, Pier 3',
      latitude: 37.79,
      longitude: -122.39,
    });
    const service = await call('POST', '/directory/services', ADMIN, {
      id: SERVICE,
      organization_id: ORGANIZATION,
      name: 'Harbor Night Shelter',
      status: 'active',
      minimum_age: 18,
      languages: [{ id: '1c9e1f7a-3b2d-4e5f-8a9b-000000000041', code: 'es', name: 'Spanish' }],
    });
    const placement = await call('POST', '/directory/service_at_locations', ADMIN, {
      id: PLACEMENT,
      service_id: SERVICE,
      location_id: LOCATION,
    });
    expect([organization, location, service, placement].map((r) => [r.status, r.body])).toEqual([
      [201, { id: ORGANIZATION, version: 1, changed: true }],
      [201, { id: LOCATION, version: 1, changed: true }],
      [201, { id: SERVICE, version: 1, changed: true }],
      [201, { id: PLACEMENT, version: 1, changed: true }],
    ]);
    await directory.projectionsCaughtUp();
    const read = await call('GET', `/services/${SERVICE}`, { roles: ['case_manager'] });
    expect(read.headers['etag']).toBe('"1"');
    expect(read.body).toMatchObject({
      id: SERVICE,
      name: 'Harbor Night Shelter',
      organization: { id: ORGANIZATION, locations: [{ id: LOCATION }] },
      service_at_locations: [{ id: PLACEMENT, location: { id: LOCATION, latitude: 37.79 } }],
    });
  });

  it('generates the id of a record registered without one', async () => {
    const { status, body } = await call('POST', '/directory/organizations', ADMIN, {
      name: 'Other Org',
      description: 'Elsewhere',
    });
    expect(status).toBe(201);
    expect(body['id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
  });

  it('records an update as one event with only the changed fields, and nothing when nothing changes', async () => {
    const changed = await call('PATCH', `/directory/services/${SERVICE}`, ADMIN, {
      name: 'Harbor Night Shelter',
      eligibility_description: 'Adults, walk-in after 6pm',
      alternate_name: null,
      expectedVersion: 1,
    });
    expect(changed).toMatchObject({ status: 200, body: { version: 2, changed: true } });
    expect((await serviceEvents()).at(-1)).toMatchObject({
      type: 'ServiceUpdated',
      data: { serviceId: SERVICE, changes: { eligibility_description: 'Adults, walk-in after 6pm' } },
      metadata: { tenantId: 'county-a', actor: { id: 'admin-1', role: 'admin' } },
    });
    const unchanged = await call('PATCH', `/directory/services/${SERVICE}`, ADMIN, {
      name: 'Harbor Night Shelter',
      expectedVersion: 2,
    });
    expect(unchanged).toMatchObject({ status: 200, body: { version: 2, changed: false } });
    expect(await serviceEvents()).toHaveLength(2);
  });

  it('answers 409 to a change based on a stale version', async () => {
    const { status, body } = await call('PATCH', `/directory/services/${SERVICE}`, ADMIN, {
      wait_time: 'none',
      expectedVersion: 1,
    });
    expect(status).toBe(409);
    expect(body).toMatchObject({
      error: 'EVENT_STORE.WRONG_EXPECTED_VERSION',
      details: { expectedVersion: 1, actualVersion: 2 },
    });
    expect(
      (await call('POST', '/directory/services', ADMIN, { id: SERVICE, name: 'Again', status: 'active' })).body,
    ).toMatchObject({
      statusCode: 409,
      error: 'DIRECTORY.SERVICE_ALREADY_REGISTERED',
    });
  });

  it('answers 400 naming the field and the reason on bad input', async () => {
    const badStatus = await call('POST', '/directory/services', ADMIN, { name: 'X', status: 'open' });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body).toMatchObject({ error: 'VALIDATION_FAILED', violations: [{ field: 'status' }] });
    const badPhones = await call('POST', '/directory/services', ADMIN, {
      name: 'X',
      status: 'active',
      phones: [{ id: ORGANIZATION }],
    });
    expect(badPhones.body).toMatchObject({
      violations: [{ field: 'phones', reasons: ['phones[0].number is required (HSDS phone.json)'] }],
    });
    const missingVersion = await call('PATCH', `/directory/services/${SERVICE}`, ADMIN, { name: 'X' });
    expect(missingVersion.body).toMatchObject({ violations: [{ field: 'expectedVersion' }] });
    const ages = await call('PATCH', `/directory/services/${SERVICE}`, ADMIN, { maximum_age: 10, expectedVersion: 2 });
    expect(ages).toMatchObject({
      status: 400,
      body: { error: 'DIRECTORY.INVALID_SERVICE', details: { field: 'maximum_age' } },
    });
    const tenantInBody = await call('POST', '/directory/services', ADMIN, {
      name: 'X',
      status: 'active',
      tenantId: 'county-b',
    });
    expect(tenantInBody.status).toBe(403);
  });

  it('lets only directory administrators change listings, and every agency user read them', async () => {
    const caseManager: Caller = { roles: ['case_manager'] };
    expect(
      (await call('POST', '/directory/services', caseManager, { name: 'X', status: 'active' })).body,
    ).toMatchObject({ statusCode: 403, error: 'FORBIDDEN_ROLE' });
    expect(
      (
        await call(
          'PATCH',
          `/directory/services/${SERVICE}`,
          { roles: ['provider_partner'], org: ORGANIZATION },
          { name: 'X', expectedVersion: 2 },
        )
      ).status,
    ).toBe(403);
    for (const roles of [['case_manager'], ['provider_partner'], ['auditor'], ['intake_worker']] as Role[][]) {
      expect((await call('GET', `/services/${SERVICE}`, { roles })).status).toBe(200);
    }
  });

  it('lets the provider partner of the service’s organisation report capacity, in the HSDS 3.1 shape', async () => {
    const partner: Caller = { roles: ['provider_partner'], org: ORGANIZATION };
    const report = await call('PUT', `/directory/services/${SERVICE}/capacity`, partner, {
      unit: { name: 'bed' },
      available: 4,
      maximum: 30,
    });
    expect(report).toMatchObject({ status: 200, body: { id: SERVICE, version: 3, changed: true } });
    expect((await serviceEvents()).at(-1)).toMatchObject({
      type: 'ServiceCapacityUpdated',
      metadata: { actor: { role: 'provider_partner' } },
    });
    await directory.projectionsCaughtUp();
    const read = await call('GET', `/services/${SERVICE}`, partner);
    expect(read.body['service_capacity']).toEqual([
      {
        id: expect.any(String),
        unit: { id: expect.any(String), name: 'bed' },
        available: 4,
        maximum: 30,
        updated: expect.any(String),
      },
    ]);
    const search = await call('POST', '/directory/search', { roles: ['case_manager'] }, { openCapacity: true });
    expect(search.body).toMatchObject({ totalItems: 1, results: [{ service: { id: SERVICE }, openCapacity: 4 }] });
    expect(await directory.undocumented('POST', '/directory/search', search.body)).toEqual([]);
  });

  it('refuses a capacity report from a provider partner of another organisation, or of none', async () => {
    const other = await call(
      'PUT',
      `/directory/services/${SERVICE}/capacity`,
      { roles: ['provider_partner'], org: OTHER_ORGANIZATION },
      { unit: { name: 'bed' }, available: 9 },
    );
    expect(other).toMatchObject({ status: 403, body: { error: 'DIRECTORY.NOT_YOUR_ORGANIZATION' } });
    const none = await call(
      'PUT',
      `/directory/services/${SERVICE}/capacity`,
      { roles: ['provider_partner'] },
      { unit: { name: 'bed' }, available: 9 },
    );
    expect(none).toMatchObject({ status: 403, body: { error: 'DIRECTORY.NOT_YOUR_ORGANIZATION' } });
    const caseManager = await call(
      'PUT',
      `/directory/services/${SERVICE}/capacity`,
      { roles: ['case_manager'] },
      { unit: { name: 'bed' }, available: 9 },
    );
    expect(caseManager).toMatchObject({ status: 403, body: { error: 'FORBIDDEN_ROLE' } });
    const admin = await call('PUT', `/directory/services/${SERVICE}/capacity`, ADMIN, {
      unit: { name: 'bed' },
      available: 3,
      expectedVersion: 3,
    });
    expect(admin).toMatchObject({ status: 200, body: { version: 4 } });
  });

  it('reads a service as it stood at any time, from its events', async () => {
    const [registered, updated] = await serviceEvents();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const renamed = await call('PATCH', `/directory/services/${SERVICE}`, ADMIN, {
      name: 'Harbor House Shelter',
      expectedVersion: 4,
    });
    expect(renamed.status).toBe(200);

    const atRegistration = await call('GET', `/services/${SERVICE}?asOf=${registered!.recordedAt.toISOString()}`, {
      roles: ['auditor'],
    });
    expect(atRegistration.status).toBe(200);
    expect(atRegistration.headers['etag']).toBe('"1"');
    expect(atRegistration.body).toMatchObject({ name: 'Harbor Night Shelter', organization: { id: ORGANIZATION } });
    // The placement was registered after the service: it was not there yet.
    expect(atRegistration.body).not.toHaveProperty('service_at_locations');
    expect(atRegistration.body).not.toHaveProperty('eligibility_description');
    expect(atRegistration.body).not.toHaveProperty('service_capacity');
    const atUpdate = await call('GET', `/services/${SERVICE}?asOf=${updated!.recordedAt.toISOString()}`, {
      roles: ['auditor'],
    });
    expect(atUpdate.body).toMatchObject({
      name: 'Harbor Night Shelter',
      eligibility_description: 'Adults, walk-in after 6pm',
      last_modified: updated!.recordedAt.toISOString(),
      service_at_locations: [{ id: PLACEMENT, location: { id: LOCATION } }],
    });
    const before = await call('GET', `/services/${SERVICE}?asOf=2020-01-01T00:00:00Z`, { roles: ['auditor'] });
    expect(before).toMatchObject({ status: 404, body: { error: 'DIRECTORY.SERVICE_NOT_FOUND' } });
    await directory.projectionsCaughtUp();
    expect((await call('GET', `/services/${SERVICE}`, { roles: ['auditor'] })).body).toMatchObject({
      name: 'Harbor House Shelter',
    });
    expect((await call('GET', `/services/${SERVICE}?asOf=yesterday`, { roles: ['auditor'] })).body).toMatchObject({
      violations: [{ field: 'asOf' }],
    });
  });

  it('lists every change to a listing with who made it', async () => {
    const { status, body } = await call('GET', `/directory/services/${SERVICE}/history`, { roles: ['case_manager'] });
    expect(status).toBe(200);
    expect(await directory.undocumented('GET', '/directory/services/{id}/history', body)).toEqual([]);
    expect(
      (body as unknown as { version: number; type: string; actor: { role: string } }[]).map((c) => [
        c.version,
        c.type,
        c.actor.role,
      ]),
    ).toEqual([
      [1, 'ServiceRegistered', 'admin'],
      [2, 'ServiceUpdated', 'admin'],
      [3, 'ServiceCapacityUpdated', 'provider_partner'],
      [4, 'ServiceCapacityUpdated', 'admin'],
      [5, 'ServiceUpdated', 'admin'],
    ]);
  });

  it('suspends a service out of search, served as inactive, and reinstates it', async () => {
    const suspended = await call('POST', `/directory/services/${SERVICE}/suspend`, ADMIN, {
      reason: 'inspection failed',
      expectedVersion: 5,
    });
    expect(suspended).toMatchObject({ status: 200, body: { version: 6, changed: true } });
    await directory.projectionsCaughtUp();
    expect((await call('GET', `/services/${SERVICE}`, ADMIN)).body).toMatchObject({ status: 'inactive' });
    expect((await call('POST', '/directory/search', ADMIN, { q: 'shelter' })).body).toMatchObject({ totalItems: 0 });
    await call('POST', `/directory/services/${SERVICE}/reinstate`, ADMIN, { expectedVersion: 6 });
    await directory.projectionsCaughtUp();
    expect((await call('GET', `/services/${SERVICE}`, ADMIN)).body).toMatchObject({ status: 'active' });
  });

  it('keeps one tenant’s listings from another', async () => {
    const otherTenant: Caller = { roles: ['admin'], tenant: 'county-b' };
    expect((await call('GET', `/services/${SERVICE}`, otherTenant)).status).toBe(404);
    expect((await call('GET', `/directory/services/${SERVICE}/history`, otherTenant)).status).toBe(404);
    expect(
      (await call('PATCH', `/directory/services/${SERVICE}`, otherTenant, { name: 'Taken', expectedVersion: 7 })).body,
    ).toMatchObject({
      error: 'DIRECTORY.SERVICE_NOT_FOUND',
    });
    expect((await call('GET', '/services', otherTenant)).body).toMatchObject({ total_items: 0 });
  });
});
