import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NewEvent } from '@casemgmt/event-store';
import { INTAKE_CONTRACT } from '@casemgmt/intake/published';
import { PROVIDER_DIRECTORY_CONTRACT } from '@casemgmt/provider-directory/published';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { caseAssignedEvent, caseOpenedEvent, intakeMetadata } from './testing/intake-case-events';
import { startAuditTestApp, type AuditTestApp } from './testing/audit-test-app';

const auditor = { roles: ['auditor'] as const, sub: 'auditor-1' };
const auditorOfB = { roles: ['auditor'] as const, sub: 'auditor-b', tenant: 'county-b' };
const caseManager = { roles: ['case_manager'] as const, sub: 'cm-7' };

const caseId = randomUUID();
const clientId = randomUUID();
const otherCaseId = randomUUID();

const caseViewed: NewEvent = {
  type: 'RecordAccessed',
  data: { subject: 'case', subjectId: caseId, view: 'GET /intake/cases/{id}', role: 'case_manager' },
  metadata: intakeMetadata('county-a', { id: 'cm-7', role: 'case_manager' }, { caseId, clientId }),
  occurredAt: new Date('2024-03-03T10:00:00.000Z'),
};

describe('audit API (auditors, over HTTP)', () => {
  let database: TestDatabase;
  let audit: AuditTestApp;
  let openedRecordedBy: Date;

  beforeAll(async () => {
    database = await createTestDatabase('audit_api');
    audit = await startAuditTestApp(database.url, { contracts: [INTAKE_CONTRACT, PROVIDER_DIRECTORY_CONTRACT] });
    const store = audit.store;
    await store.appendToStream(
      `intake.case-${caseId}`,
      [caseOpenedEvent('county-a', caseId, clientId, '2024-03-02T09:00:00.000Z')],
      {
        expectedVersion: 'no_stream',
      },
    );
    await audit.entriesReach(1);
    openedRecordedBy = new Date();
    // The instants between the two appends are ones at which the case was opened but not yet assigned.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.appendToStream(
      `intake.case-${caseId}`,
      [
        // Back-dated: the assignment was made on the phone the morning after the case was opened.
        caseAssignedEvent('county-a', caseId, clientId, '2024-03-03T08:00:00.000Z'),
      ],
      { expectedVersion: 1 },
    );
    await store.appendToStream(`intake.access_log-${clientId}`, [caseViewed], { expectedVersion: 'any' });
    await store.appendToStream(
      `intake.case-${otherCaseId}`,
      [caseOpenedEvent('county-b', otherCaseId, clientId, '2024-03-02T09:00:00.000Z')],
      {
        expectedVersion: 'no_stream',
      },
    );
    await audit.entriesReach(4);
  }, 60_000);

  afterAll(async () => {
    await audit?.close();
    await database?.drop();
  });

  it('shows an auditor the case timeline: who did what, when it happened and when it was recorded, views beside changes', async () => {
    const { status, body } = await audit.call('GET', `/audit/cases/${caseId}/timeline`, auditor);
    expect(status).toBe(200);
    expect(body).toEqual({
      caseId,
      entries: [
        {
          sequence: 1,
          eventId: expect.any(String),
          type: 'intake.CaseOpened.v1',
          kind: 'change',
          actor: { id: 'iw-1', role: 'intake_worker' },
          occurredAt: '2024-03-02T09:00:00.000Z',
          recordedAt: expect.any(String),
          streamId: `intake.case-${caseId}`,
          streamVersion: 1,
        },
        {
          sequence: 2,
          eventId: expect.any(String),
          type: 'intake.CaseAssigned.v1',
          kind: 'change',
          actor: { id: 'sup-1', role: 'supervisor', onBehalfOf: 'sup-2' },
          occurredAt: '2024-03-03T08:00:00.000Z',
          recordedAt: expect.any(String),
          streamId: `intake.case-${caseId}`,
          streamVersion: 2,
        },
        {
          sequence: 3,
          eventId: expect.any(String),
          type: 'intake.RecordAccessed.v1',
          kind: 'view',
          actor: { id: 'cm-7', role: 'case_manager' },
          occurredAt: '2024-03-03T10:00:00.000Z',
          recordedAt: expect.any(String),
          streamId: `intake.access_log-${clientId}`,
          streamVersion: 1,
          view: 'GET /intake/cases/{id}',
        },
      ],
    });
    const entries = body['entries'] as { recordedAt: string }[];
    // Recorded now, though it happened in March: late documentation stays visible.
    expect(new Date(entries[1]!.recordedAt).getTime()).toBeGreaterThan(openedRecordedBy.getTime());
  });

  it('records the auditor’s read of the timeline in the chain, after the entries it answered', async () => {
    const { rows } = await audit.pool.query<{
      sequence: string;
      case_id: string;
      actor: unknown;
      event: { data: unknown };
    }>(
      `SELECT sequence::text, case_id, actor, event FROM audit.entries
        WHERE tenant_id = 'county-a' AND published_type = 'audit.RecordAccessed.v1' ORDER BY audit.entries.sequence`,
    );
    expect(rows).toEqual([
      {
        sequence: '4',
        case_id: caseId,
        actor: { id: 'auditor-1', role: 'auditor' },
        event: expect.objectContaining({
          data: { subject: 'case', subjectId: caseId, view: 'GET /audit/cases/{caseId}/timeline', role: 'auditor' },
        }),
      },
    ]);
    const again = await audit.call('GET', `/audit/cases/${caseId}/timeline`, auditor);
    expect((again.body['entries'] as { kind: string; view?: string }[]).at(-1)).toMatchObject({
      type: 'audit.RecordAccessed.v1',
      kind: 'view',
      view: 'GET /audit/cases/{caseId}/timeline',
    });
  });

  it('verifies the tenant’s chain for an auditor, its own records included', async () => {
    const { status, body } = await audit.call('GET', '/audit/verify', auditor);
    expect(status).toBe(200);
    // Three events kept, and the auditor's two timeline reads.
    expect(body).toEqual({
      valid: true,
      entriesChecked: 5,
      head: { sequence: 5, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(await audit.undocumented('GET', '/audit/verify', body)).toEqual([]);
  });

  it('replays the case as it stood before and after its assignment, with intake’s own evolve', async () => {
    const before = await audit.call(
      'GET',
      `/audit/cases/${caseId}/state?asOf=${openedRecordedBy.toISOString()}`,
      auditor,
    );
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      caseId,
      asOf: openedRecordedBy.toISOString(),
      basis: 'recorded',
      version: 1,
      eventsApplied: 1,
      state: {
        exists: true,
        caseId,
        clientId,
        status: 'opened',
        priority: 'urgent',
        teamId: 'team-north',
        caseManagerId: null,
        // The trail keeps personal data sealed and holds no keys: it replays as null.
        referralSource: { kind: 'hospital', name: null },
      },
    });

    const after = await audit.call('GET', `/audit/cases/${caseId}/state?asOf=${new Date().toISOString()}`, auditor);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ version: 2, eventsApplied: 2, state: { caseManagerId: 'cm-7' } });
  });

  it('replays by occurred time when asked, back-dated events included', async () => {
    const asOf = '2024-03-03T09:00:00.000Z';
    const byOccurred = await audit.call('GET', `/audit/cases/${caseId}/state?asOf=${asOf}&basis=occurred`, auditor);
    expect(byOccurred.status).toBe(200);
    expect(byOccurred.body).toMatchObject({ basis: 'occurred', version: 2, state: { caseManagerId: 'cm-7' } });
    const beforeAssignment = await audit.call(
      'GET',
      `/audit/cases/${caseId}/state?asOf=2024-03-02T12:00:00.000Z&basis=occurred`,
      auditor,
    );
    expect(beforeAssignment.body).toMatchObject({ version: 1, state: { caseManagerId: null } });
    // Nothing had been recorded by that date: by recorded time the case did not exist yet.
    const byRecorded = await audit.call('GET', `/audit/cases/${caseId}/state?asOf=${asOf}`, auditor);
    expect(byRecorded.status).toBe(404);
    expect(byRecorded.body).toMatchObject({ error: 'AUDIT.CASE_NOT_FOUND' });
  });

  it('answers 400 for a missing or malformed asOf and an unknown basis', async () => {
    for (const query of ['', '?asOf=yesterday', `?asOf=${new Date().toISOString()}&basis=whenever`]) {
      const { status } = await audit.call('GET', `/audit/cases/${caseId}/state${query}`, auditor);
      expect(status).toBe(400);
    }
  });

  it('refuses every audit route to a case manager, and to a caller without a token', async () => {
    for (const url of [
      '/audit/verify',
      `/audit/cases/${caseId}/timeline`,
      `/audit/cases/${caseId}/state?asOf=${new Date().toISOString()}`,
    ]) {
      expect((await audit.call('GET', url, caseManager)).status).toBe(403);
      expect((await audit.call('GET', url)).status).toBe(401);
    }
  });

  it('records refused requests for case data: 403 and 404 in the caller’s chain, 401 in the log only', async () => {
    const refusals = async (tenantId: string) =>
      (
        await audit.pool.query<{ actor: unknown; case_id: string | null; event: { data: Record<string, unknown> } }>(
          `SELECT actor, case_id, event FROM audit.entries
            WHERE tenant_id = $1 AND published_type = 'audit.RecordAccessRefused.v1' ORDER BY sequence`,
          [tenantId],
        )
      ).rows;
    const before = (await refusals('county-a')).length;
    expect((await audit.call('GET', `/audit/cases/${caseId}/timeline`, caseManager)).status).toBe(403);
    const [refused] = (await refusals('county-a')).slice(before);
    expect(refused).toEqual({
      actor: { id: 'cm-7', role: 'none' },
      // Not filed under the case, so a case nothing was recorded about keeps answering 404.
      case_id: null,
      event: expect.objectContaining({
        data: {
          subject: 'case',
          subjectId: caseId,
          view: 'GET /audit/cases/{caseId}/timeline',
          status: 403,
          error: 'FORBIDDEN_ROLE',
          roles: ['case_manager'],
        },
      }),
    });

    const unknownCase = randomUUID();
    expect((await audit.call('GET', `/audit/cases/${unknownCase}/timeline`, auditor)).status).toBe(404);
    expect((await refusals('county-a')).at(-1)?.event.data).toMatchObject({
      subjectId: unknownCase,
      status: 404,
      error: 'AUDIT.CASE_NOT_FOUND',
    });
    expect((await audit.call('GET', `/audit/cases/${unknownCase}/timeline`, auditor)).status).toBe(404);

    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      const count = (await refusals('county-a')).length;
      expect((await audit.call('GET', `/audit/cases/${caseId}/timeline`)).status).toBe(401);
      expect(warn).toHaveBeenCalledWith(
        expect.objectContaining({
          msg: 'refused an unauthenticated request',
          view: 'GET /audit/cases/{caseId}/timeline',
        }),
      );
      expect(await refusals('county-a')).toHaveLength(count);
    } finally {
      warn.mockRestore();
    }
    // Beyond a case: a client's disclosures name the client; a report, the tenant's records as a whole.
    const clientAsked = randomUUID();
    expect((await audit.call('GET', `/audit/clients/${clientAsked}/disclosures`, caseManager)).status).toBe(403);
    expect((await audit.call('GET', '/audit/compliance?from=2026-01-01&to=2026-01-31', caseManager)).status).toBe(403);
    expect((await refusals('county-a')).slice(-2).map((row) => row.event.data)).toEqual([
      expect.objectContaining({ subject: 'client', subjectId: clientAsked, status: 403, roles: ['case_manager'] }),
      expect.objectContaining({ subject: 'tenant', subjectId: null, view: 'GET /audit/compliance', status: 403 }),
    ]);
    expect((await audit.call('GET', '/audit/verify', auditor)).body).toMatchObject({ valid: true });
  });

  it('shows an auditor of another tenant nothing of county-a', async () => {
    expect((await audit.call('GET', `/audit/cases/${caseId}/timeline`, auditorOfB)).status).toBe(404);
    expect(
      (await audit.call('GET', `/audit/cases/${caseId}/state?asOf=${new Date().toISOString()}`, auditorOfB)).status,
    ).toBe(404);
    const verify = await audit.call('GET', '/audit/verify', auditorOfB);
    // County-b's one event, and its auditor's two refused requests, filed in county-b's own chain.
    expect(verify.body).toMatchObject({ valid: true, entriesChecked: 3, head: { sequence: 3 } });
    const ownTimeline = await audit.call('GET', `/audit/cases/${otherCaseId}/timeline`, auditorOfB);
    expect((ownTimeline.body['entries'] as unknown[]).length).toBe(1);
    expect((await audit.call('GET', `/audit/cases/${otherCaseId}/timeline`, auditor)).status).toBe(404);
  });

  it('offers no way to write the trail: every audit route is a GET but an admin’s new rule set version and the request for an export', async () => {
    const document = (await audit.app.inject({ method: 'GET', url: '/docs/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const auditPaths = Object.entries(document.paths).filter(([path]) => path.startsWith('/audit'));
    expect(auditPaths.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        '/audit/cases/{caseId}/changes',
        '/audit/cases/{caseId}/export',
        '/audit/cases/{caseId}/state',
        '/audit/cases/{caseId}/timeline',
        '/audit/clients/{clientId}/disclosures',
        '/audit/compliance',
        '/audit/exports',
        '/audit/exports/{exportId}',
        '/audit/exports/{exportId}/content',
        '/audit/verify',
      ]),
    );
    const writes = auditPaths.flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => method !== 'get')
        .map((method) => `${method} ${path}`),
    );
    // Rule sets are the agency's configuration, append-only; asking for an export records the request only (ADR
    // 0037). Nothing writes the chain but the events it keeps.
    expect(writes.sort()).toEqual(['post /audit/exports', 'put /audit/compliance/rule-sets/{id}']);
  });
});
