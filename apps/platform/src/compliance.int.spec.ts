import { randomBytes, randomUUID } from 'node:crypto';
import { ComplianceEvaluator } from '@casemgmt/audit';
import { startTestHost, type TestCaller, type TestHost } from '@casemgmt/host/testing';
import { platformServices } from './platform.host';

// Compliance as the all-in-one platform reports it, from cases built through intake's and care plan's own routes.
// The services record everything now: a case's opening cannot be back-dated, a contact's `occurredAt` can. So the
// day-9-recorded-on-day-26 case is the engine's unit specs' to cover; here, with real recording times: a routine
// case contacted at once (R1 met, documented in time), one whose contact is written ten days after it happened
// (R6: late documentation, fined), and an emergency case nobody has contacted yet (R1 pending for 24 hours).

const timeZone = 'America/Los_Angeles';
const admin: TestCaller = { roles: ['admin'], sub: 'registry-admin' };
const intakeWorker: TestCaller = { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north' };
const supervisor: TestCaller = { roles: ['supervisor'], sub: 'sup-1', team: 'team-north' };
const caseManager: TestCaller = { roles: ['case_manager'], sub: 'cm-1', team: 'team-north' };
const auditor: TestCaller = { roles: ['auditor'], sub: 'aud-1' };

const contactedAtOnce = randomUUID();
const documentedLate = randomUUID();
const notYetContacted = randomUUID();
const DAY = 86_400_000;

type Row = { ruleId: string; status: string; fineCents: number; lateByMs: number | null };
type Group = { key: string; met: number; pending: number; violations: number; fineCents: number };

describe('compliance of cases built through the services’ routes (all-in-one platform)', () => {
  let host: TestHost;
  let openedNotContacted: Date;

  const eventually = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const obligationsOf = async (caseId: string, query = '') => {
    const { status, body } = await host.call('GET', `/audit/cases/${caseId}/compliance${query}`, auditor);
    expect(status).toBe(200);
    return body['obligations'] as Row[];
  };
  const rule = (rows: readonly Row[], ruleId: string) => rows.find((row) => row.ruleId === ruleId);
  const contact = (caseId: string, occurredAt: Date, lateEntryReason?: string) =>
    host.call('POST', `/care-plan/cases/${caseId}/contacts`, caseManager, {
      kind: 'home_visit',
      occurredAt: occurredAt.toISOString(),
      durationMinutes: 30,
      participants: ['client'],
      notes: 'Visited at home',
      ...(lateEntryReason ? { lateEntryReason } : {}),
    });

  beforeAll(async () => {
    const personalDataMasterKey = randomBytes(32).toString('base64');
    host = await startTestHost({
      name: 'platform',
      database: 'platform_compliance',
      services: platformServices(
        { caseloadLimit: 10, timeZone, personalDataMasterKey },
        { personalDataMasterKey, settings: { timeZone, programs: {} } },
        { personalDataMasterKey, settings: { timeZone, programs: {} } },
      ),
    });
    expect(
      (
        await host.call('PUT', '/intake/workers/cm-1', admin, {
          displayName: 'Worker cm-1',
          teamId: 'team-north',
          roles: ['case_manager'],
        })
      ).status,
    ).toBe(200);
    const clientId = randomUUID();
    const client = await host.call('POST', '/intake/clients', intakeWorker, {
      clientId,
      givenName: 'Rosa',
      familyName: 'Delgado',
      dateOfBirth: '1979-11-02',
      preferredLanguage: 'es',
    });
    expect(client.status).toBe(201);
    for (const [caseId, priority] of [
      [contactedAtOnce, 'routine'],
      [documentedLate, 'routine'],
      [notYetContacted, 'emergency'],
    ] as const) {
      const opened = await host.call('POST', '/intake/cases', intakeWorker, {
        caseId,
        clientId,
        programId: 'adult-behavioral-health',
        priority,
        referralSource: { kind: 'self' },
        teamId: 'team-north',
      });
      expect(opened.status).toBe(201);
      const assigned = await host.call('POST', `/intake/cases/${caseId}/assignment`, supervisor, {
        caseManagerId: 'cm-1',
      });
      expect(assigned.status).toBe(200);
      await eventually('the case in care plan', async () => {
        const view = await host.call('GET', `/care-plan/cases/${caseId}`, caseManager);
        return view.status === 200 ? view : undefined;
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    openedNotContacted = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await contact(contactedAtOnce, new Date())).status).toBe(201);
    expect((await contact(documentedLate, new Date(Date.now() - 10 * DAY), 'Notes found in the car')).status).toBe(201);
    await eventually('both contacts in the audit trail', async () => {
      const { rows } = await host.pool.query(
        `SELECT 1 FROM audit.entries WHERE published_type = 'care-plan.ContactRecorded.v1'`,
      );
      return rows.length === 2 ? rows : undefined;
    });
    await host.app.get(ComplianceEvaluator).caughtUp();
  }, 120_000);

  afterAll(async () => {
    await host?.close();
  });

  it('meets R1 and R6 for a contact made and written at once', async () => {
    const rows = await obligationsOf(contactedAtOnce);
    expect(rule(rows, 'R1')).toMatchObject({ status: 'met', fineCents: 0 });
    expect(rule(rows, 'R6')).toMatchObject({ status: 'met', fineCents: 0 });
  });

  it('fines the contact written ten days after it happened as late documentation (R6)', async () => {
    const r6 = rule(await obligationsOf(documentedLate), 'R6');
    expect(r6).toMatchObject({ status: 'met_late', fineCents: 10_000 });
    expect(r6?.lateByMs).toBeGreaterThan(2 * DAY);
  });

  it('keeps an emergency case without a contact pending for its first 24 hours', async () => {
    expect(rule(await obligationsOf(notYetContacted), 'R1')).toMatchObject({ status: 'pending', fineCents: 0 });
  });

  it('reports by rule as it happened, and differently as known before the contacts were written', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
    const from = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(Date.now() - 30 * DAY));
    const to = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(Date.now() + 60 * DAY));
    const occurred = await host.call('GET', `/audit/compliance?from=${from}&to=${to}&groupBy=rule`, auditor);
    expect(occurred.status).toBe(200);
    const byRule = (groups: unknown) => Object.fromEntries((groups as Group[]).map((group) => [group.key, group]));
    expect(byRule(occurred.body['groups'])['R1']).toMatchObject({ met: 1, pending: 2, violations: 0 });
    expect(byRule(occurred.body['groups'])['R6']).toMatchObject({ met: 1, violations: 1, fineCents: 10_000 });

    const knownOn = encodeURIComponent(openedNotContacted.toISOString());
    const known = await host.call(
      'GET',
      `/audit/compliance?from=${from}&to=${to}&groupBy=rule&clock=known&knownOn=${knownOn}`,
      auditor,
    );
    expect(known.status).toBe(200);
    expect(byRule(known.body['groups'])['R1']).toMatchObject({ met: 0, pending: 3 });
    expect(byRule(known.body['groups'])['R6']).toBeUndefined();
    expect(rule(await obligationsOf(contactedAtOnce, `?clock=known&knownOn=${knownOn}`), 'R1')).toMatchObject({
      status: 'pending',
    });

    const byWorker = await host.call(
      'GET',
      `/audit/compliance?from=${from}&to=${to}&groupBy=worker&clock=known&knownOn=${today}`,
      auditor,
    );
    expect((byWorker.body['groups'] as Group[]).map((group) => group.key)).toEqual(['cm-1']);
  });

  it('puts each case’s open deadlines on its case manager’s worklist, with the rule and its fine, until met', async () => {
    type Item = {
      caseId: string;
      kind: string;
      dueAt: string;
      compliance?: { ruleId: string; description: string; fineCents: number; deadlineId: string; dueAt: string };
    };
    // A rule's deadline is its own item, or shown with the program's item it stands for (R1 with the first contact).
    const deadlines = async () => {
      const { status, body } = await host.call('GET', '/care-plan/worklist/me', caseManager);
      expect(status).toBe(200);
      return (body['items'] as Item[]).filter((item) => item.compliance !== undefined);
    };
    const r1Of = (items: readonly Item[], caseId: string) =>
      items.find((item) => item.caseId === caseId && item.compliance?.ruleId === 'R1');
    // The emergency case's first contact is due 24 hours after its opening, fined $1,000 if missed; the plan's
    // approval (R2) is open on every case; R1 of the case contacted at once is met, so not on the list.
    const open = await eventually('the compliance deadlines on the worklist', async () => {
      const items = await deadlines();
      return r1Of(items, notYetContacted) ? items : undefined;
    });
    const r1 = r1Of(open, notYetContacted);
    expect(r1?.compliance).toMatchObject({ ruleId: 'R1', fineCents: 100_000 });
    expect(r1?.compliance?.description).toContain('First contact');
    const r1Due = Date.parse(r1?.compliance?.dueAt ?? '');
    expect(r1Due).toBeGreaterThan(Date.now() + 20 * 3_600_000);
    expect(r1Due).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000);
    // One item, not two: the program's first contact, due by the earlier of its target and R1's deadline.
    expect(r1?.kind).toBe('first_contact');
    expect(Date.parse(r1?.dueAt ?? '')).toBeLessThanOrEqual(r1Due);
    const firstContacts = (await host.call('GET', '/care-plan/worklist/me', caseManager)).body['items'] as Item[];
    expect(
      firstContacts.filter(
        (item) =>
          item.caseId === notYetContacted && /first_contact|R1/.test(`${item.kind} ${item.compliance?.ruleId ?? ''}`),
      ),
    ).toHaveLength(1);
    expect(r1Of(open, contactedAtOnce)).toBeUndefined();
    // R2 (the plan approved within 30 days) rides on the program's plan approval item of each case.
    const r2 = open.filter((item) => item.compliance?.ruleId === 'R2');
    expect(r2.map((item) => item.caseId).sort()).toEqual([contactedAtOnce, documentedLate, notYetContacted].sort());
    expect(new Set(r2.map((item) => item.kind))).toEqual(new Set(['plan_approval']));
    // Nothing of the client's record: ids, the rule, dates and cents.
    expect(JSON.stringify(open)).not.toContain('Rosa');

    // The contact made, the deadline leaves the list: audit judged it met and said so.
    expect((await contact(notYetContacted, new Date())).status).toBe(201);
    await eventually('R1 of the contacted case off the worklist', async () =>
      r1Of(await deadlines(), notYetContacted) ? undefined : true,
    );
  });
});
