import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@casemgmt/event-store';
import { carePlanStreamId } from '@casemgmt/care-plan/published';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import defaultRuleSet from './compliance/default-rules.json';
import { appendManyToChain } from './chain/audit-chain';
import type { ChainEvent } from './chain/chain-hash';
import { ComplianceEvaluator, LISTENER_LEASE_MS } from './compliance-read-model/compliance-evaluator';
import { evaluateTenant } from './compliance-read-model/evaluate-tenant';
import { ruleSetsOfTenant } from './compliance-rules/stored-rule-sets';
import { startAuditTestApp, type AuditTestApp } from './testing/audit-test-app';

// Compliance over the audit trail. Cases are appended to the store as intake and care plan store them, with the
// times the services allow a worker to give (an opening back-dated by the source, a contact's `occurredAt`); the
// store records them now. Case A (routine) was opened on 1 October and its first contact made on the 10th (day 9),
// recorded only now, weeks later; case B (routine) was opened the same day and nobody has contacted the client.

const auditor = { roles: ['auditor'] as const, sub: 'auditor-1' };
const admin = { roles: ['admin'] as const, sub: 'admin-1' };
const auditorOfB = { roles: ['auditor'] as const, sub: 'auditor-b', tenant: 'county-b' };

const caseA = randomUUID();
const caseB = randomUUID();
const clientId = randomUUID();
const sealed = { $sealed: 'A256GCM', keyId: 'k1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
const DAY_0 = '2026-10-01T16:00:00.000Z';
const DAY_9 = '2026-10-10T16:00:00.000Z';

function event(caseId: string, type: string, data: Record<string, unknown>, occurredAt: string, actorId = 'iw-1') {
  return {
    type,
    data: { caseId, ...data },
    metadata: {
      tenantId: 'county-a',
      actor: { id: actorId, role: actorId.startsWith('cm') ? 'case_manager' : 'intake_worker' },
      correlationId: randomUUID(),
      caseId,
      clientId,
    },
    occurredAt: new Date(occurredAt),
  } satisfies NewEvent;
}

const opened = (caseId: string) =>
  event(
    caseId,
    'CaseOpened',
    {
      clientId,
      programId: 'adult-behavioral-health',
      priority: 'routine',
      referralSource: { kind: 'self' },
      teamId: 'team-north',
      openedBy: 'iw-1',
      personal: null,
    },
    DAY_0,
  );
const assigned = (caseId: string) =>
  event(caseId, 'CaseAssigned', { caseManagerId: 'cm-7', previousCaseManagerId: null }, DAY_0, 'sup-1');
const contactOnDay9 = (caseId: string) =>
  event(
    caseId,
    'ContactRecorded',
    {
      contactId: randomUUID(),
      kind: 'home_visit',
      occurredAt: DAY_9,
      recordedAt: new Date().toISOString(),
      late: true,
      durationMinutes: 45,
      goalsAddressed: [],
      by: 'cm-7',
      personal: sealed,
    },
    new Date().toISOString(),
    'cm-7',
  );

type Group = { key: string | null; violations: number; fineCents: number; met: number; pending: number };
type Row = { ruleId: string; status: string; fineCents: number; ruleSetId: string; ruleSetVersion: number };

describe('compliance reports (auditors and admins, over HTTP)', () => {
  let database: TestDatabase;
  let audit: AuditTestApp;
  let evaluator: ComplianceEvaluator;
  let beforeContactRecorded: Date;

  // Appended to the store, a case's entry reaches the chain when the trail's consumer has copied it.
  const chained = async (caseId: string) => {
    for (let tries = 0; tries < 200; tries++) {
      const { rows } = await audit.pool.query('SELECT 1 FROM audit.entries WHERE case_id = $1', [caseId]);
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`case ${caseId} never reached the chain`);
  };
  const get = async (url: string, caller: object = auditor) => audit.call('GET', url, caller as typeof auditor);
  const report = (query: string) => get(`/audit/compliance?${query}`);
  const byRule = (groups: unknown) => Object.fromEntries((groups as Group[]).map((group) => [group.key, group]));
  const obligations = async (caseId: string, query = '') => {
    const { status, body } = await get(`/audit/cases/${caseId}/compliance${query}`);
    expect(status).toBe(200);
    expect(await audit.undocumented('GET', '/audit/cases/{caseId}/compliance', body)).toEqual([]);
    return body['obligations'] as Row[];
  };

  beforeAll(async () => {
    database = await createTestDatabase('audit_compliance');
    audit = await startAuditTestApp(database.url);
    evaluator = audit.app.get(ComplianceEvaluator);
    for (const caseId of [caseA, caseB]) {
      await audit.store.appendToStream(`intake.case-${caseId}`, [opened(caseId), assigned(caseId)], {
        expectedVersion: 'no_stream',
      });
    }
    await audit.entriesReach(4);
    beforeContactRecorded = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await audit.store.appendToStream(carePlanStreamId('casework', caseA), [contactOnDay9(caseA)], {
      expectedVersion: 'no_stream',
    });
    await audit.entriesReach(5);
    await evaluator.caughtUp();
  }, 60_000);

  afterAll(async () => {
    await audit?.close();
    await database?.drop();
  });

  it('judges as things happened: the day-9 contact meets R1 and is late documentation (R6); no contact violates R1', async () => {
    const a = await obligations(caseA);
    expect(a.find((row) => row.ruleId === 'R1')).toMatchObject({ status: 'met', fineCents: 0, ruleSetId: 'default' });
    expect(a.find((row) => row.ruleId === 'R6')).toMatchObject({ status: 'met_late', fineCents: 10_000 });
    const b = await obligations(caseB);
    expect(b.find((row) => row.ruleId === 'R1')).toMatchObject({ status: 'violated', fineCents: 100_000 });

    const { status, body } = await report('from=2026-10-01&to=2026-10-31&groupBy=rule');
    expect(status).toBe(200);
    const groups = byRule(body['groups']);
    expect(groups['R1']).toMatchObject({ violations: 1, fineCents: 100_000, met: 1, pending: 0 });
    expect(groups['R2']).toMatchObject({ violations: 2, fineCents: 100_000 });
    expect(groups['R6']).toMatchObject({ violations: 1, fineCents: 10_000 });
    expect(body['totals']).toMatchObject({ violations: 4, fineCents: 210_000 });
    expect(await audit.undocumented('GET', '/audit/compliance', body)).toEqual([]);
  });

  it('groups by case manager, program, case and month, and filters by them', async () => {
    const byWorker = await report('from=2026-10-01&to=2026-10-31&groupBy=worker');
    expect((byWorker.body['groups'] as Group[]).map((group) => group.key)).toEqual(['cm-7']);
    // A month's contact (R5) is due in its month: November's window closes as December begins, and a report of
    // October and November shows November's misses under November, on either clock.
    for (const clock of ['', `&clock=known&knownOn=${new Date().toISOString()}`]) {
      const byMonth = await report(`from=2026-10-01&to=2026-11-30&groupBy=month${clock}`);
      expect((byMonth.body['groups'] as Group[]).map((group) => [group.key, group.violations])).toEqual([
        ['2026-10', 4],
        ['2026-11', 2],
      ]);
    }
    const december = await report('from=2026-12-01&to=2026-12-01&groupBy=month');
    expect(december.body['groups']).toEqual([]);
    const oneCase = await report(`from=2026-10-01&to=2026-10-31&groupBy=case&caseId=${caseB}`);
    expect(oneCase.body['groups']).toEqual([expect.objectContaining({ key: caseB, violations: 2 })]);
    const otherProgram = await report('from=2026-10-01&to=2026-10-31&program=youth-services');
    expect(otherProgram.body['totals']).toMatchObject({ obligations: 0 });
  });

  it('judges as the record stood before the contact was written: case A overdue too, nothing yet for R6', async () => {
    const knownOn = encodeURIComponent(beforeContactRecorded.toISOString());
    const a = await obligations(caseA, `?clock=known&knownOn=${knownOn}`);
    expect(a.find((row) => row.ruleId === 'R1')).toMatchObject({ status: 'violated', fineCents: 100_000 });
    expect(a.some((row) => row.ruleId === 'R6')).toBe(false);

    const known = await report(`from=2026-10-01&to=2026-10-31&groupBy=rule&clock=known&knownOn=${knownOn}`);
    expect(known.status).toBe(200);
    expect(byRule(known.body['groups'])['R1']).toMatchObject({ violations: 2, fineCents: 200_000, met: 0 });
    expect(known.body['knownOn']).toBe(beforeContactRecorded.toISOString());
    expect(await audit.undocumented('GET', '/audit/compliance', known.body)).toEqual([]);
    // Nothing about either case had been recorded on the day they were opened.
    const thatDay = await report('from=2026-10-01&to=2026-10-31&clock=known&knownOn=2026-10-01');
    expect(thatDay.body['totals']).toMatchObject({ obligations: 0 });
    expect((await get(`/audit/cases/${caseA}/compliance?clock=known&knownOn=2026-10-01`)).status).toBe(404);
  });

  it('answers CSV, one line per group and the totals', async () => {
    const csv = await audit.app.inject({
      method: 'GET',
      url: '/audit/compliance?from=2026-10-01&to=2026-10-31&groupBy=rule&format=csv',
      headers: { authorization: await audit.bearer(auditor) },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('rule,obligations,violations,violated,met_late,fine_cents,met,pending,cancelled');
    expect(lines).toContain('R1,2,1,1,0,100000,1,0,0');
    expect(lines.at(-1)).toMatch(/^total,/);
  });

  it('exports every obligation, one line or AuditEvent each, on either clock, in the three formats', async () => {
    const download = async (query: string, caller: object = auditor) =>
      audit.app.inject({
        method: 'GET',
        url: `/audit/compliance/obligations?${query}`,
        headers: { authorization: await audit.bearer(caller as typeof auditor) },
      });
    const csv = await download('from=2026-10-01&to=2026-10-31');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    const [header, ...lines] = csv.body.trim().split('\r\n');
    expect(header).toMatch(/^case_id,program_id,team_id,worker_id,rule_id,kind,/);
    const rules = lines.map((line) => line.split(',')).map((cells) => `${cells[0]} ${cells[4]} ${cells[10]}`);
    expect(rules).toEqual(expect.arrayContaining([`${caseA} R1 met`, `${caseA} R6 met_late`, `${caseB} R1 violated`]));
    // The report's totals count the same obligations the export lists.
    const { body: totals } = await report('from=2026-10-01&to=2026-10-31');
    expect(lines).toHaveLength((totals['totals'] as { obligations: number }).obligations);

    const knownOn = encodeURIComponent(beforeContactRecorded.toISOString());
    const known = await download(`from=2026-10-01&to=2026-10-31&clock=known&knownOn=${knownOn}&format=json`);
    expect(known.statusCode).toBe(200);
    const knownBody = JSON.parse(known.body) as { clock: string; obligations: Row[] };
    expect(knownBody.clock).toBe('known');
    expect(knownBody.obligations.filter((row) => row.ruleId === 'R1').map((row) => row.status)).toEqual([
      'violated',
      'violated',
    ]);
    expect(await audit.undocumented('GET', '/audit/compliance/obligations', knownBody)).toEqual([]);
    // As things happened, the rows come from the read model: the same shape.
    const occurred = await download('from=2026-10-01&to=2026-10-31&format=json');
    expect(occurred.statusCode).toBe(200);
    expect(await audit.undocumented('GET', '/audit/compliance/obligations', JSON.parse(occurred.body))).toEqual([]);

    const fhir = await download(`from=2026-10-01&to=2026-10-31&caseId=${caseB}&format=fhir`);
    expect(fhir.statusCode).toBe(200);
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    const bundle = fhir.json() as {
      resourceType: string;
      type: string;
      entry: { resource: { resourceType: string; type: { code: string }; outcome: string; outcomeDesc: string } }[];
    };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(
      await audit.undocumented('GET', '/audit/compliance/obligations', bundle, 200, 'application/fhir+json'),
    ).toEqual([]);
    const r1 = bundle.entry.find((entry) => entry.resource.type.code === 'R1')?.resource;
    expect(r1).toMatchObject({ resourceType: 'AuditEvent', outcome: '8', outcomeDesc: 'violated, fine $1000.00' });

    expect((await download('from=2026-10-31&to=2026-10-01')).statusCode).toBe(400);
    expect((await download('from=2026-10-01&to=2026-10-31&format=xml')).statusCode).toBe(400);
    expect((await download('from=2026-10-01&to=2026-10-31', { roles: ['case_manager'] })).statusCode).toBe(403);
    const other = await download('from=2026-10-01&to=2026-10-31', auditorOfB);
    expect(other.body.trim().split('\r\n')).toHaveLength(1);
  });

  it('refuses bad parameters with the field and the reason, other roles, and other tenants’ cases', async () => {
    const violations = async (query: string) => {
      const { status, body } = await report(query);
      expect(status).toBe(400);
      return JSON.stringify(body);
    };
    expect(await violations('from=2026-10-31&to=2026-10-01')).toContain('from');
    expect(await violations('from=2026-13-01&to=2026-10-31')).toContain('from');
    expect(await violations('from=2026-10-01&to=2026-10-31&groupBy=county')).toContain('groupBy');
    expect(await violations('from=2026-10-01&to=2026-10-31&team=a%2Fb')).toContain('team');
    expect(await violations('from=2026-10-01&to=2026-10-31&clock=known')).toContain('knownOn');
    expect(await violations('from=2026-10-01&to=2026-10-31&clock=known&knownOn=2999-01-01')).toContain('future');
    expect(await violations('to=2026-10-31')).toContain('from');
    expect((await get('/audit/compliance?from=2026-10-01&to=2026-10-31', { roles: ['case_manager'] })).status).toBe(
      403,
    );
    expect((await get(`/audit/cases/${caseA}/compliance`, auditorOfB)).status).toBe(404);
    expect((await get(`/audit/cases/${randomUUID()}/compliance`)).status).toBe(404);
  });

  it('shows a supervisor their own team’s cases only, on either clock, and refuses another team’s', async () => {
    const north = { roles: ['supervisor'] as const, sub: 'sup-north', team: 'team-north' };
    const south = { roles: ['supervisor'] as const, sub: 'sup-south', team: 'team-south' };
    const period = 'from=2026-10-01&to=2026-10-31';
    const tenantWide = await report(`${period}&groupBy=team`);
    expect((tenantWide.body['groups'] as Group[]).map((group) => group.key)).toEqual(['team-north']);

    // Cases A and B are team-north's: its supervisor reads what an auditor reads of them, by case manager too.
    for (const clock of ['', `&clock=known&knownOn=${new Date().toISOString()}`]) {
      const ofNorth = await get(`/audit/compliance?${period}&groupBy=worker${clock}`, north);
      expect(ofNorth.status).toBe(200);
      expect(ofNorth.body['totals']).toEqual(
        (await report(`${period}&groupBy=worker&team=team-north${clock}`)).body['totals'],
      );
      expect((ofNorth.body['totals'] as Group).violations).toBeGreaterThan(0);
      const ofSouth = await get(`/audit/compliance?${period}${clock}`, south);
      expect(ofSouth.status).toBe(200);
      expect(ofSouth.body['totals']).toMatchObject({ obligations: 0, violations: 0, fineCents: 0 });
    }
    const northCase = await get(`/audit/cases/${caseA}/compliance`, north);
    expect(northCase.status).toBe(200);
    expect(northCase.body).toMatchObject({ caseId: caseA, teamId: 'team-north' });
    expect((await get(`/audit/cases/${caseA}/compliance`, south)).status).toBe(404);
    expect((await get(`/audit/cases/${caseA}/compliance?clock=known&knownOn=2026-12-01`, south)).status).toBe(404);

    // The export: the team's obligations; nothing of another team's.
    const exported = async (caller: object) =>
      (
        await audit.app.inject({
          method: 'GET',
          url: `/audit/compliance/obligations?${period}&format=json`,
          headers: { authorization: await audit.bearer(caller as typeof north) },
        })
      ).json() as { obligations: Row[] };
    expect((await exported(north)).obligations.length).toBeGreaterThan(0);
    expect(
      (await exported(north)).obligations.every(
        (row) => (row as unknown as { teamId: string }).teamId === 'team-north',
      ),
    ).toBe(true);
    expect((await exported(south)).obligations).toEqual([]);

    // Naming another team, or having none, is refused; the refusal is in the chain.
    const asked = await get(`/audit/compliance?${period}&team=team-north`, south);
    expect(asked.status).toBe(403);
    expect(asked.body).toMatchObject({ error: 'AUDIT.OTHER_TEAM' });
    const teamless = await get(`/audit/compliance?${period}`, { roles: ['supervisor'], sub: 'sup-none' });
    expect(teamless.status).toBe(403);
    expect(teamless.body).toMatchObject({ error: 'AUDIT.NO_TEAM' });
    const { rows } = await audit.pool.query<{ data: Record<string, unknown> }>(
      `SELECT event->'data' AS data FROM audit.entries WHERE tenant_id = 'county-a'
          AND published_type = 'audit.RecordAccessRefused.v1' ORDER BY sequence DESC LIMIT 2`,
    );
    expect(rows.map((row) => row.data).reverse()).toEqual([
      expect.objectContaining({
        subject: 'tenant',
        view: 'GET /audit/compliance',
        status: 403,
        error: 'AUDIT.OTHER_TEAM',
      }),
      expect.objectContaining({
        subject: 'tenant',
        view: 'GET /audit/compliance',
        status: 403,
        error: 'AUDIT.NO_TEAM',
      }),
    ]);
    // Each read is recorded as the supervisor's.
    const { rows: reads } = await audit.pool.query<{ actor: { id: string; role: string } }>(
      `SELECT actor FROM audit.entries WHERE tenant_id = 'county-a' AND published_type = 'audit.RecordAccessed.v1'
          AND actor->>'id' = 'sup-north'`,
    );
    expect(reads.length).toBeGreaterThanOrEqual(4);
    expect(new Set(reads.map((row) => row.actor.role))).toEqual(new Set(['supervisor']));
  });

  it('records every compliance read in the chain: a case’s by the case, a report by the tenant', async () => {
    await get(`/audit/cases/${caseB}/compliance`);
    await report('from=2026-10-01&to=2026-10-31&groupBy=program');
    const { rows } = await audit.pool.query<{ data: { subject: string; view: string; role: string } }>(
      `SELECT event->'data' AS data FROM audit.entries
        WHERE tenant_id = 'county-a' AND published_type = 'audit.RecordAccessed.v1' ORDER BY sequence`,
    );
    const views = rows.map((row) => `${row.data.subject} ${row.data.view} ${row.data.role}`);
    expect(views).toContain('case GET /audit/cases/{caseId}/compliance auditor');
    expect(views).toContain('tenant GET /audit/compliance auditor');
  });

  it('evaluates a tenant the same whatever its page size, a case’s entries split across pages or not', async () => {
    const ruleSets = await ruleSetsOfTenant(audit.pool, 'county-a');
    const evaluated = async (pageSize: number) => {
      const cases = [];
      for await (const each of evaluateTenant(audit.pool, {
        tenantId: 'county-a',
        clock: { kind: 'occurred' },
        at: new Date('2026-12-01T00:00:00.000Z'),
        timeZone: 'America/Los_Angeles',
        ruleSets,
        pageSize,
      })) {
        cases.push({ caseId: each.caseId, events: each.events, obligations: each.obligations });
      }
      return cases;
    };
    const whole = await evaluated(5_000);
    expect(whole.map((each) => each.caseId).sort()).toEqual([caseA, caseB].sort());
    expect(whole.reduce((sum, each) => sum + each.events, 0)).toBe(5);
    for (const pageSize of [1, 2, 3])
      expect({ pageSize, cases: await evaluated(pageSize) }).toEqual({ pageSize, cases: whole });
  });

  describe('rule sets', () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date());
    const costlierR1 = () => ({
      effectiveFrom: today,
      rules: defaultRuleSet.rules.map((rule) =>
        rule.id === 'R1' ? { ...rule, fine: { cents: 200_000, currency: 'USD' } } : rule,
      ),
    });
    const put = (body: object, caller: object = admin) =>
      audit.call('PUT', '/audit/compliance/rule-sets/county-rules', caller as typeof admin, body);

    it('refuses an invalid set naming the field, a stale version with 409, a set reaching back, and non-admins', async () => {
      const invalid = await put({
        expectedVersion: 0,
        ruleSet: { ...costlierR1(), rules: [{ ...defaultRuleSet.rules[0], fine: { cents: -1, currency: 'USD' } }] },
      });
      expect(invalid.status).toBe(400);
      expect(JSON.stringify(invalid.body)).toContain('ruleSet.rules.R1.fine.cents');
      const backDated = await put({ expectedVersion: 0, ruleSet: { ...costlierR1(), effectiveFrom: '2026-01-01' } });
      expect(backDated.status).toBe(400);
      expect(JSON.stringify(backDated.body)).toContain('ruleSet.effectiveFrom');
      expect((await put({ expectedVersion: 0, ruleSet: costlierR1() }, auditor)).status).toBe(403);
      expect((await put({ expectedVersion: 'one', ruleSet: costlierR1() })).status).toBe(400);

      const first = await put({ expectedVersion: 0, ruleSet: costlierR1() });
      expect(first).toMatchObject({
        status: 200,
        body: { ruleSet: { id: 'county-rules', version: 1, tenantId: 'county-a', effectiveFrom: today } },
      });
      expect(await audit.undocumented('PUT', '/audit/compliance/rule-sets/{id}', first.body)).toEqual([]);
      const stale = await put({ expectedVersion: 0, ruleSet: costlierR1() });
      expect(stale.status).toBe(409);
      expect((await put({ expectedVersion: 1, ruleSet: costlierR1() })).body).toMatchObject({
        ruleSet: { version: 2 },
      });

      const listed = await get('/audit/compliance/rule-sets');
      expect(listed.status).toBe(200);
      const versions = (listed.body['ruleSets'] as { ruleSet: { version: number } }[]).map((s) => s.ruleSet.version);
      expect(versions).toEqual([2, 1]);
      expect(listed.body['defaultRuleSet']).toMatchObject({ id: 'default', tenantId: null });
      expect(await audit.undocumented('GET', '/audit/compliance/rule-sets', listed.body)).toEqual([]);
      const { rowCount } = await audit.pool
        .query(`DELETE FROM audit.compliance_rule_sets WHERE tenant_id = 'county-a'`)
        .catch(() => ({ rowCount: -1 }));
      expect(rowCount).toBe(-1);
    });

    it('judges obligations arising from its date by the new set, and leaves earlier ones as they were', async () => {
      const caseC = randomUUID();
      await audit.store.appendToStream(`intake.case-${caseC}`, [{ ...opened(caseC), occurredAt: new Date() }], {
        expectedVersion: 'no_stream',
      });
      await chained(caseC);
      await evaluator.caughtUp();
      const c = await obligations(caseC);
      expect(c.find((row) => row.ruleId === 'R1')).toMatchObject({
        status: 'pending',
        ruleSetId: 'county-rules',
        ruleSetVersion: 2,
      });
      const b = await obligations(caseB);
      expect(b.find((row) => row.ruleId === 'R1')).toMatchObject({
        status: 'violated',
        fineCents: 100_000,
        ruleSetId: 'default',
      });
      const { body } = await report('from=2026-10-01&to=2026-10-31&groupBy=rule');
      expect(byRule(body['groups'])['R1']).toMatchObject({ violations: 1, fineCents: 100_000, met: 1 });
    });
  });

  // How soon is the bench's figure (report staleness after a new event, against its target of a second); here, that
  // the evaluator's own loop takes a new case in, with nobody asking it to.
  it('reflects a new entry of a case by itself', async () => {
    const caseD = randomUUID();
    const started = Date.now();
    await audit.store.appendToStream(`intake.case-${caseD}`, [{ ...opened(caseD), occurredAt: new Date() }], {
      expectedVersion: 'no_stream',
    });
    let found: Row[] = [];
    while (found.length === 0 && Date.now() - started < 10_000) {
      const { rows } = await audit.pool.query<Row>(
        `SELECT rule_id AS "ruleId", status FROM audit.compliance_obligations WHERE tenant_id = 'county-a' AND case_id = $1`,
        [caseD],
      );
      found = rows;
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(found.map((row) => row.ruleId)).toContain('R1');
  });

  // Last: it stops the module's evaluator, so that one of the spec's own, with a listener, does the work.
  it('tells a listener of each case it evaluates, after storing it: new entries, and a rebuild', async () => {
    await evaluator.beforeApplicationShutdown();
    // What the listener saw is asserted after it settled: an expectation failing inside the listener would only be
    // logged by the evaluator, which tells it again later.
    const told: { tenantId: string; caseId: string; rules: string[]; stored: number; evaluated: number }[] = [];
    const own = new ComplianceEvaluator(
      audit.pool,
      { timeZone: 'America/Los_Angeles', pollIntervalMs: 150 },
      {
        onCaseEvaluated: async (tenantId, caseId, evaluated) => {
          const { rows } = await audit.pool.query('SELECT 1 FROM audit.compliance_obligations WHERE case_id = $1', [
            caseId,
          ]);
          told.push({
            tenantId,
            caseId,
            rules: evaluated.map((obligation) => obligation.ruleId),
            stored: rows.length,
            evaluated: evaluated.length,
          });
        },
      },
    );
    // The evaluator tells its listener without waiting for it; a pass's calls are complete once they settle.
    const pass = async () => {
      await own.evaluatePending();
      await own.listenerSettled();
    };
    await audit.store.appendToStream(carePlanStreamId('casework', caseB), [contactOnDay9(caseB)], {
      expectedVersion: 'no_stream',
    });
    for (let tries = 0; tries < 200; tries++) {
      const { rows } = await audit.pool.query(
        `SELECT 1 FROM audit.entries WHERE case_id = $1 AND published_type = 'care-plan.ContactRecorded.v1'`,
        [caseB],
      );
      if (rows.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await pass();
    expect(told).toEqual([
      expect.objectContaining({ tenantId: 'county-a', caseId: caseB, rules: expect.arrayContaining(['R1', 'R6']) }),
    ]);
    expect(told[0]?.stored).toBe(told[0]?.evaluated);

    told.length = 0;
    await audit.pool.query(`DELETE FROM audit.compliance_checkpoints WHERE tenant_id = 'county-a'`);
    await pass();
    expect(told.map((call) => call.caseId)).toEqual(expect.arrayContaining([caseA, caseB]));
    for (const call of told) expect(call.stored).toBe(call.evaluated);
    expect(await obligations(caseB)).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'R1', status: 'met' })]),
    );
  });

  // After the test above: the module's evaluator is stopped, and the spec's own evaluators are driven by hand, at
  // instants of their choosing.
  it('evaluates a case again when time alone changes it, and tells its listener again until the listener confirms it', async () => {
    const reviews = async () =>
      Object.fromEntries(
        (
          await audit.pool.query<{ case_id: string; review_at: Date }>(
            `SELECT case_id, review_at FROM audit.compliance_reviews WHERE tenant_id = 'county-a' AND case_id = ANY($1)`,
            [[caseA, caseB]],
          )
        ).rows.map((row) => [row.case_id, row.review_at.toISOString()]),
      );
    const monthRows = async (caseId: string) =>
      (
        await audit.pool.query<{ concerns: string; status: string }>(
          `SELECT concerns, status FROM audit.compliance_obligations
            WHERE tenant_id = 'county-a' AND case_id = $1 AND rule_id = 'R5' ORDER BY concerns`,
          [caseId],
        )
      ).rows.map((row) => `${row.concerns} ${row.status}`);
    const told: string[] = [];
    let failing = true;
    const evaluator = new ComplianceEvaluator(
      audit.pool,
      { timeZone: 'America/Los_Angeles', pollIntervalMs: 150 },
      {
        onCaseEvaluated: async (_tenantId, caseId) => {
          // The spec's other cases are in the tenant too; these two are followed.
          if (caseId === caseA || caseId === caseB) told.push(caseId);
          if (failing) throw new Error('the feed is down');
        },
      },
    );
    // Evaluated at noon on 30 December 2026 (Los Angeles): both cases open, December's contact pending.
    const december30 = new Date('2026-12-30T20:00:00.000Z');
    await audit.pool.query(`DELETE FROM audit.compliance_checkpoints WHERE tenant_id = 'county-a'`);
    await evaluator.evaluatePending(() => december30);
    await evaluator.listenerSettled();
    expect(told.sort()).toEqual([caseA, caseB].sort());
    expect(await monthRows(caseA)).toEqual(['2026-11 violated', '2026-12 pending']);
    // The listener failed: each case is due again when its lease ends, a minute on.
    const leaseEnd = new Date(december30.getTime() + LISTENER_LEASE_MS).toISOString();
    expect(await reviews()).toEqual({ [caseA]: leaseEnd, [caseB]: leaseEnd });

    // Nothing is due before then.
    told.length = 0;
    await evaluator.evaluatePending(() => new Date(december30.getTime() + LISTENER_LEASE_MS - 1));
    await evaluator.listenerSettled();
    expect(told).toEqual([]);

    // At the lease's end both are evaluated and told again; confirmed, each is due when January begins.
    failing = false;
    await evaluator.evaluatePending(() => new Date(december30.getTime() + LISTENER_LEASE_MS));
    await evaluator.listenerSettled();
    expect(told.sort()).toEqual([caseA, caseB].sort());
    const january = '2027-01-01T08:00:00.001Z';
    expect(await reviews()).toEqual({ [caseA]: january, [caseB]: january });

    // January begins with nothing recorded: December is missed, January's month has arisen, and the listener hears.
    told.length = 0;
    await evaluator.evaluatePending(() => new Date(january));
    await evaluator.listenerSettled();
    expect(told.sort()).toEqual([caseA, caseB].sort());
    expect(await monthRows(caseA)).toEqual(['2026-11 violated', '2026-12 violated', '2027-01 pending']);
    expect(await reviews()).toEqual({ [caseA]: '2027-02-01T08:00:00.001Z', [caseB]: '2027-02-01T08:00:00.001Z' });
    await evaluator.beforeApplicationShutdown();
  });

  // Chain positions were once ordered as text when a backlog was read: past 999 entries, '1000' sorted before '901',
  // so a full batch could end the checkpoint beyond entries it had not read, and their cases were never evaluated.
  it('evaluates every case of a backlog of more than a batch whose positions cross a power of ten', async () => {
    const tenantId = 'county-digits';
    const at = new Date('2026-11-02T17:00:00.000Z');
    let version = 0;
    const filler = (): ChainEvent => ({
      eventId: randomUUID(),
      type: 'intake.WorkerUpdated.v1',
      service: 'intake',
      streamId: 'intake.worker-filler',
      streamVersion: ++version,
      occurredAt: at,
      recordedAt: at,
      data: { note: 'a record that names no case' },
      metadata: { tenantId, actor: { id: 'adm-1', role: 'admin' }, correlationId: randomUUID() },
    });
    const append = async (events: readonly ChainEvent[]) => {
      const client = await audit.pool.connect();
      try {
        await client.query('BEGIN');
        await appendManyToChain(client, events);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
    // The module's evaluator stopped (as the tests above leave it), so that this one does the work.
    await evaluator.beforeApplicationShutdown();
    const own = new ComplianceEvaluator(audit.pool, { timeZone: 'America/Los_Angeles', pollIntervalMs: 150 });
    // 900 entries evaluated (the tenant's checkpoint at 900), then a case at 901 and 902, then 1,198 more entries.
    await append(Array.from({ length: 900 }, filler));
    await own.evaluatePending();
    const caseId = randomUUID();
    const opening: ChainEvent = {
      eventId: randomUUID(),
      type: 'intake.CaseOpened.v1',
      service: 'intake',
      streamId: `intake.case-${caseId}`,
      streamVersion: 1,
      occurredAt: at,
      recordedAt: at,
      data: { caseId, clientId, programId: 'adult-behavioral-health', priority: 'routine', teamId: 'team-north' },
      metadata: {
        tenantId,
        actor: { id: 'iw-1', role: 'intake_worker' },
        correlationId: randomUUID(),
        caseId,
        clientId,
      },
    };
    await append([opening, ...Array.from({ length: 1_199 }, filler)]);
    const { rows: positions } = await audit.pool.query<{ sequence: string }>(
      'SELECT sequence::text FROM audit.entries WHERE tenant_id = $1 AND case_id = $2',
      [tenantId, caseId],
    );
    expect(positions.map((row) => row.sequence)).toEqual(['901']);
    await own.evaluatePending();
    const { rows } = await audit.pool.query<{ rule_id: string }>(
      'SELECT rule_id FROM audit.compliance_obligations WHERE tenant_id = $1 AND case_id = $2 ORDER BY rule_id',
      [tenantId, caseId],
    );
    expect(rows.map((row) => row.rule_id)).toEqual(expect.arrayContaining(['R1', 'R2']));
    const { rows: checkpoint } = await audit.pool.query<{ sequence: string }>(
      'SELECT sequence::text FROM audit.compliance_checkpoints WHERE tenant_id = $1',
      [tenantId],
    );
    expect(checkpoint[0]?.sequence).toBe('2100');
  });
});
