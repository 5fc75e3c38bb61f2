import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { workerStreamId } from '../shared/intake-streams';
import { startIntakeTestApp, type IntakeCaller, type IntakeTestApp } from '../testing/intake-test-app';

const ADMIN: IntakeCaller = { roles: ['admin'], sub: 'adm-1' };
const SUPERVISOR: IntakeCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const INTAKE: IntakeCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north' };
const CASE_MANAGER: IntakeCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north' };

describe('worker registry over HTTP', () => {
  let database: TestDatabase;
  let intake: IntakeTestApp;

  const put = (workerId: string, body: object, caller: IntakeCaller = ADMIN) =>
    intake.call('PUT', `/intake/workers/${workerId}`, caller, body);
  const list = async (query: string, caller: IntakeCaller) => {
    await intake.projectionsCaughtUp();
    return intake.call('GET', `/intake/workers${query}`, caller);
  };
  const ids = (answer: { body: Record<string, unknown> }) =>
    (answer.body['workers'] as { workerId: string }[]).map((worker) => worker.workerId);

  beforeAll(async () => {
    database = await createTestDatabase('intake_worker');
    intake = await startIntakeTestApp(database.url);
  }, 120_000);

  afterAll(async () => {
    await intake?.close();
    await database?.drop();
  });

  it('registers a worker once, records a change of team or roles, and nothing for the same details', async () => {
    const details = { displayName: 'Ana Ruiz', teamId: 'team-north', roles: ['case_manager'] };
    expect(await put('cm-1', details)).toEqual({ status: 200, body: { id: 'cm-1', version: 1, changed: true } });
    expect(await put('cm-1', details)).toEqual({ status: 200, body: { id: 'cm-1', version: 1, changed: false } });
    const promoted = await put('cm-1', { ...details, roles: ['supervisor', 'case_manager'], expectedVersion: 1 });
    expect(promoted).toEqual({ status: 200, body: { id: 'cm-1', version: 2, changed: true } });
    const stale = await put('cm-1', { ...details, expectedVersion: 1 });
    expect(stale).toMatchObject({ status: 409, body: { error: 'EVENT_STORE.WRONG_EXPECTED_VERSION' } });

    const stored = await intake.rawStore.readStream(workerStreamId('county-a', 'cm-1'));
    expect(stored.map((event) => [event.type, event.data['roles'], event.metadata.actor])).toEqual([
      ['WorkerRegistered', ['case_manager'], { id: 'adm-1', role: 'admin' }],
      ['WorkerDetailsChanged', ['case_manager', 'supervisor'], { id: 'adm-1', role: 'admin' }],
    ]);
  });

  it('lets only an admin keep the registry, and answers 400 naming the field of a bad request', async () => {
    const details = { displayName: 'Bo Lee', teamId: 'team-north', roles: ['case_manager'] };
    expect(await put('cm-2', details, SUPERVISOR)).toMatchObject({ status: 403 });
    const badRole = await put('cm-2', { ...details, roles: ['auditor'] });
    expect(badRole.status).toBe(400);
    expect(badRole.body['violations']).toEqual([expect.objectContaining({ field: 'roles' })]);
    expect((await put('cm-2', { ...details, roles: [] })).status).toBe(400);
    expect((await put('has%20space', details)).status).toBe(400);
    expect((await put('cm%00nul', details)).status).toBe(400);
    const badReason = await intake.call('POST', '/intake/workers/cm-1/deactivation', ADMIN, { reason: 'fired!' });
    expect(badReason.status).toBe(400);
  });

  it('deactivates and reactivates a registered worker explicitly, and knows nobody unregistered', async () => {
    await put('cm-3', { displayName: 'Cy Park', teamId: 'team-north', roles: ['case_manager'] });
    const deactivate = () =>
      intake.call('POST', '/intake/workers/cm-3/deactivation', ADMIN, { reason: 'leave_of_absence' });
    expect(await deactivate()).toMatchObject({ status: 200, body: { changed: true } });
    expect(await deactivate()).toMatchObject({ status: 200, body: { changed: false } });
    expect(await list('?includeDeactivated=true', SUPERVISOR)).toMatchObject({
      body: { workers: expect.arrayContaining([expect.objectContaining({ workerId: 'cm-3', active: false })]) },
    });
    expect(ids(await list('', SUPERVISOR))).not.toContain('cm-3');
    const reactivated = await intake.call('POST', '/intake/workers/cm-3/reactivation', ADMIN, {});
    expect(reactivated).toMatchObject({ status: 200, body: { changed: true } });
    // No body at all is a request like any other.
    expect(await intake.call('POST', '/intake/workers/cm-3/reactivation', ADMIN)).toMatchObject({
      status: 200,
      body: { changed: false },
    });
    const unknown = await intake.call('POST', '/intake/workers/nobody/deactivation', ADMIN, { reason: 'other' });
    expect(unknown).toMatchObject({ status: 404, body: { error: 'INTAKE.WORKER_NOT_FOUND' } });
    expect(await intake.call('POST', '/intake/workers/cm-3/reactivation', SUPERVISOR, {})).toMatchObject({
      status: 403,
    });
  });

  it('lists a team’s workers to its supervisor and intake workers, any team to an admin, by pages', async () => {
    await put('cm-south', { displayName: 'Di Osei', teamId: 'team-south', roles: ['case_manager'] });
    await put('iw-1', { displayName: 'Ed Kim', teamId: 'team-north', roles: ['intake_worker'] });

    const team = await list('', SUPERVISOR);
    expect(await intake.undocumented('GET', '/intake/workers', team.body)).toEqual([]);
    expect(team).toMatchObject({
      status: 200,
      body: {
        teamId: 'team-north',
        workers: [
          { workerId: 'cm-1', displayName: 'Ana Ruiz', teamId: 'team-north', roles: ['case_manager', 'supervisor'] },
          { workerId: 'cm-3', active: true },
          { workerId: 'iw-1', roles: ['intake_worker'] },
        ],
        next: null,
      },
    });
    expect(ids(await list('?role=case_manager', INTAKE))).toEqual(['cm-1', 'cm-3']);
    expect(await list('?teamId=team-south', SUPERVISOR)).toMatchObject({
      status: 403,
      body: { error: 'INTAKE.TEAM_WORKERS_FORBIDDEN' },
    });
    expect((await list('', CASE_MANAGER)).status).toBe(403);
    expect(ids(await list('?teamId=team-south', ADMIN))).toEqual(['cm-south']);

    const firstPage = await list('?limit=2', ADMIN);
    expect(firstPage.body).toMatchObject({ teamId: null, next: 'cm-3' });
    expect(await intake.undocumented('GET', '/intake/workers', firstPage.body)).toEqual([]);
    expect(ids(firstPage)).toEqual(['cm-1', 'cm-3']);
    expect(ids(await list('?limit=2&after=cm-3', ADMIN))).toEqual(['cm-south', 'iw-1']);
    expect((await list('?limit=501', ADMIN)).status).toBe(400);
  });

  it('keeps each agency’s registry apart, though their workers share an id', async () => {
    const elsewhere: IntakeCaller = { roles: ['admin'], sub: 'adm-9', tenant: 'county-b' };
    const registered = await put(
      'cm-1',
      { displayName: 'Other Ana', teamId: 'team-x', roles: ['case_manager'] },
      elsewhere,
    );
    expect(registered).toEqual({ status: 200, body: { id: 'cm-1', version: 1, changed: true } });
    expect(ids(await list('', elsewhere))).toEqual(['cm-1']);
    expect((await list('', ADMIN)).body['workers']).toContainEqual(
      expect.objectContaining({ displayName: 'Ana Ruiz' }),
    );
  });
});
