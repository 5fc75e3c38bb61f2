import { randomBytes } from 'node:crypto';
import { loadAggregate } from '@casemgmt/decider';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { caseloadStreamId } from '../shared/intake-streams';
import { startIntakeTestApp, type IntakeCaller, type IntakeTestApp } from '../testing/intake-test-app';
import { caseloadDecider } from './caseload.decider';

const LIMIT = 5;
const SUPERVISOR: IntakeCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const SOUTH_SUPERVISOR: IntakeCaller = { roles: ['supervisor'], sub: 'sup-2', team: 'team-south' };
const INTAKE: IntakeCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north' };
const CLIENT = '0190f3a0-5555-7000-8000-000000000001';
const caseIdOf = (n: number) => `0190f3a0-6666-7000-8000-${String(n).padStart(12, '0')}`;

describe('caseload limit under concurrency', () => {
  let database: TestDatabase;
  // Two intake processes on one database, as the distributed shape runs them.
  let first: IntakeTestApp;
  let second: IntakeTestApp;
  let opened = 0;

  const openCases = async (count: number): Promise<string[]> => {
    const caseIds: string[] = [];
    for (let n = 0; n < count; n += 1) {
      opened += 1;
      const caseId = caseIdOf(opened);
      const answer = await first.call('POST', '/intake/cases', INTAKE, {
        caseId,
        clientId: CLIENT,
        programId: 'adult-behavioral-health',
        priority: 'routine',
        referralSource: { kind: 'self' },
        teamId: 'team-north',
      });
      expect(answer.status).toBe(201);
      caseIds.push(caseId);
    }
    return caseIds;
  };
  const assign = (app: IntakeTestApp, caseId: string, caseManagerId: string, override?: { reason: string }) =>
    app.call('POST', `/intake/cases/${caseId}/assignment`, SUPERVISOR, {
      caseManagerId,
      ...(override ? { override } : {}),
    });
  const slotsOf = async (workerId: string) =>
    (await loadAggregate(first.store, caseloadStreamId('county-a', workerId), caseloadDecider, 'county-a')).state
      .caseIds;

  beforeAll(async () => {
    database = await createTestDatabase('intake_caseload_limit');
    const personalDataMasterKey = randomBytes(32).toString('base64');
    first = await startIntakeTestApp(database.url, { caseloadLimit: LIMIT, personalDataMasterKey });
    second = await startIntakeTestApp(database.url, { caseloadLimit: LIMIT, personalDataMasterKey });
    const registered = await first.call('POST', '/intake/clients', INTAKE, {
      clientId: CLIENT,
      givenName: 'Mai',
      familyName: 'Tran',
      dateOfBirth: '1988-04-09',
      preferredLanguage: 'vi',
    });
    expect(registered.status).toBe(201);
    for (const workerId of ['cm-busy', 'cm-other', 'cm-third']) {
      await first.registerWorker({ workerId, teamId: 'team-north' });
    }
  }, 120_000);

  afterAll(async () => {
    await second?.close();
    await first?.close();
    await database?.drop();
  });

  it('lets exactly one of 20 parallel assignments to a worker at limit - 1 through, from two processes', async () => {
    for (const caseId of await openCases(LIMIT - 1)) expect((await assign(first, caseId, 'cm-busy')).status).toBe(200);
    const contested = await openCases(20);

    const answers = await Promise.all(
      contested.map((caseId, n) => assign(n % 2 === 0 ? first : second, caseId, 'cm-busy')),
    );

    const won = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 409);
    expect({ won: won.length, refused: refused.length }).toEqual({ won: 1, refused: 19 });
    for (const answer of refused) {
      expect(answer.body).toMatchObject({
        error: 'INTAKE.CASELOAD_LIMIT_REACHED',
        details: { caseManagerId: 'cm-busy', caseload: LIMIT, limit: LIMIT },
      });
    }
    expect(await slotsOf('cm-busy')).toHaveLength(LIMIT);
    await first.projectionsCaughtUp();
    const caseload = await first.call('GET', '/intake/caseloads/me', { roles: ['case_manager'], sub: 'cm-busy' });
    expect(caseload.body).toMatchObject({ openCases: LIMIT, caseloadLimit: LIMIT });
    // No case refused a slot was assigned to anyone.
    const { rows } = await first.pool.query<{ assigned: number }>(
      `SELECT count(*)::int AS assigned FROM intake.caseload_entry WHERE case_id = ANY($1) AND case_manager_id IS NOT NULL`,
      [contested],
    );
    expect(rows).toEqual([{ assigned: 1 }]);
  });

  it('still lets a supervisor override the full caseload with a reason, recorded on the slot', async () => {
    const [caseId] = await openCases(1);
    const answer = await assign(second, caseId!, 'cm-busy', { reason: 'Knows the family' });
    expect(answer).toMatchObject({ status: 200, body: { changed: true } });
    expect(await slotsOf('cm-busy')).toHaveLength(LIMIT + 1);
    const stream = await first.store.readStream(caseloadStreamId('county-a', 'cm-busy'));
    expect(stream.at(-1)).toMatchObject({
      type: 'CaseSlotTaken',
      data: { caseId, caseload: LIMIT + 1, limit: LIMIT, beyondLimit: { kind: 'override', supervisorId: 'sup-1' } },
    });
  });

  it('gives a slot back when the case is closed, reassigned or transferred, and records nothing for the same worker', async () => {
    const [toClose, toReassign, toTransfer] = await openCases(3);
    for (const caseId of [toClose!, toReassign!, toTransfer!]) {
      expect((await assign(first, caseId, 'cm-other')).status).toBe(200);
    }
    expect(await slotsOf('cm-other')).toHaveLength(3);

    const again = await assign(first, toReassign!, 'cm-other');
    expect(again).toMatchObject({ status: 200, body: { changed: false } });
    expect(await first.store.readStream(caseloadStreamId('county-a', 'cm-other'))).toHaveLength(3);

    const closed = await first.call('POST', `/intake/cases/${toClose}/close`, SUPERVISOR, {
      reason: 'Moved away',
      outcome: 'client_withdrew',
    });
    expect(closed.status).toBe(200);
    expect((await assign(first, toReassign!, 'cm-third')).status).toBe(200);
    const transferred = await first.call('POST', `/intake/cases/${toTransfer}/transfer`, SOUTH_SUPERVISOR, {
      toTeamId: 'team-south',
      reason: 'Lives in the south county now',
    });
    expect(transferred.status).toBe(200);

    expect(await slotsOf('cm-other')).toEqual([]);
    expect(await slotsOf('cm-third')).toEqual([toReassign]);
    const released = (await first.store.readStream(caseloadStreamId('county-a', 'cm-other'))).slice(3);
    expect(released.map((event) => [event.type, event.data['reason']])).toEqual([
      ['CaseSlotReleased', 'closed'],
      ['CaseSlotReleased', 'reassigned'],
      ['CaseSlotReleased', 'transferred'],
    ]);

    // Reopened, the closed case comes back to its case manager, and so does its slot.
    const reopened = await first.call('POST', `/intake/cases/${toClose}/reopen`, SUPERVISOR, {
      reason: 'Back in town',
    });
    expect(reopened.status).toBe(200);
    expect(await slotsOf('cm-other')).toEqual([toClose]);
  });

  it('gives back, at the limit, the slots a crashed request left behind, and only those old enough', async () => {
    await first.registerWorker({ workerId: 'cm-crash', teamId: 'team-north' });
    const [real] = await openCases(1);
    // Slots taken by requests that died before their case recorded the assignment: LIMIT - 1 long ago, one just now.
    const left = async (n: number, occurredAt: Date) =>
      first.store.appendToStream(
        caseloadStreamId('county-a', 'cm-crash'),
        [
          {
            type: 'CaseSlotTaken',
            data: { workerId: 'cm-crash', caseId: caseIdOf(9_000 + n), caseload: n, limit: LIMIT },
            metadata: { tenantId: 'county-a', actor: { id: 'sup-1', role: 'supervisor' }, correlationId: `crash-${n}` },
            occurredAt,
          },
        ],
        { expectedVersion: 'any' },
      );
    for (let n = 1; n < LIMIT; n += 1) await left(n, new Date(Date.now() - 3_600_000));
    await left(LIMIT, new Date());

    expect(await assign(first, real!, 'cm-crash')).toMatchObject({ status: 200, body: { changed: true } });
    const slots = await slotsOf('cm-crash');
    expect(slots).toEqual([caseIdOf(9_000 + LIMIT), real]);
    const stale = (await first.store.readStream(caseloadStreamId('county-a', 'cm-crash'))).filter(
      (event) => event.type === 'CaseSlotReleased',
    );
    expect(stale.map((event) => event.data['reason'])).toEqual(Array(LIMIT - 1).fill('stale'));
  });

  it('takes no slot for a stale request, and leaves one slot with whoever won a race for one case', async () => {
    const [caseId] = await openCases(1);
    const stale = await first.call('POST', `/intake/cases/${caseId}/assignment`, SUPERVISOR, {
      caseManagerId: 'cm-third',
      expectedVersion: 7,
    });
    expect(stale).toMatchObject({ status: 409, body: { error: 'EVENT_STORE.WRONG_EXPECTED_VERSION' } });
    expect(await slotsOf('cm-third')).not.toContain(caseId);

    // Racing assignments of one case to several workers: the losers' slots are given back (or released as
    // reassigned), so exactly the final assignee holds one.
    const racers = ['race-1', 'race-2', 'race-3', 'race-4', 'race-5'];
    for (const workerId of racers) await first.registerWorker({ workerId, teamId: 'team-north' });
    await Promise.all(racers.map((workerId, n) => assign(n % 2 === 0 ? first : second, caseId!, workerId)));
    const caseState = await first.call('GET', `/intake/cases/${caseId}`, SUPERVISOR);
    const holders = [];
    for (const workerId of racers) if ((await slotsOf(workerId)).includes(caseId!)) holders.push(workerId);
    expect(holders).toEqual([caseState.body['caseManagerId']]);
  });
});
