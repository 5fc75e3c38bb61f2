import { randomUUID } from 'node:crypto';
import { INTAKE_CONTRACT } from '@casemgmt/intake/published';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { TenantExports } from './exports/tenant-exports';
import { caseAssignedEvent, caseOpenedEvent } from './testing/intake-case-events';
import { startAuditTestApp, type AuditCaller, type AuditTestApp } from './testing/audit-test-app';

const auditor: AuditCaller = { roles: ['auditor'], sub: 'auditor-1' };
const admin: AuditCaller = { roles: ['admin'], sub: 'admin-1' };
const auditorOfB: AuditCaller = { roles: ['auditor'], sub: 'auditor-b', tenant: 'county-b' };
const caseManager: AuditCaller = { roles: ['case_manager'], sub: 'cm-7' };

const caseId = randomUUID();
const secondCaseId = randomUUID();
const otherTenantCaseId = randomUUID();
const clientId = randomUUID();

describe('audit changes and exports (auditors, over HTTP)', () => {
  let database: TestDatabase;
  let audit: AuditTestApp;
  let openedRecordedBy: Date;

  /** A raw answer, for bodies that are not JSON objects (CSV) and for headers. */
  const fetch = async (url: string, caller: AuditCaller) => {
    const response = await audit.app.inject({
      method: 'GET',
      url,
      headers: { authorization: await audit.bearer(caller) },
    });
    return { status: response.statusCode, headers: response.headers, text: response.body };
  };
  const post = async (url: string, caller: AuditCaller, payload: object) => {
    const response = await audit.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { authorization: await audit.bearer(caller) },
    });
    return { status: response.statusCode, body: response.json() as Record<string, unknown> };
  };
  const accessRecords = async (view: string) =>
    (
      await audit.pool.query<{ case_id: string | null; actor: unknown; event: { data: Record<string, unknown> } }>(
        `SELECT case_id, actor, event FROM audit.entries
          WHERE tenant_id = 'county-a' AND published_type = 'audit.RecordAccessed.v1' AND event->'data'->>'view' = $1
          ORDER BY sequence`,
        [view],
      )
    ).rows;

  beforeAll(async () => {
    database = await createTestDatabase('audit_exports');
    audit = await startAuditTestApp(database.url, { contracts: [INTAKE_CONTRACT] });
    const { store } = audit;
    await store.appendToStream(
      `intake.case-${caseId}`,
      [caseOpenedEvent('county-a', caseId, clientId, '2024-03-02T09:00:00.000Z')],
      {
        expectedVersion: 'no_stream',
      },
    );
    await audit.entriesReach(1);
    openedRecordedBy = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Back-dated: the assignment was made on the phone the morning after the case was opened.
    await store.appendToStream(
      `intake.case-${caseId}`,
      [caseAssignedEvent('county-a', caseId, clientId, '2024-03-03T08:00:00.000Z')],
      {
        expectedVersion: 1,
      },
    );
    await store.appendToStream(
      `intake.case-${secondCaseId}`,
      [
        caseOpenedEvent('county-a', secondCaseId, clientId, '2024-04-01T09:00:00.000Z'),
        caseAssignedEvent('county-a', secondCaseId, clientId, '2024-04-01T10:00:00.000Z'),
      ],
      { expectedVersion: 'no_stream' },
    );
    await store.appendToStream(
      `intake.case-${otherTenantCaseId}`,
      [caseOpenedEvent('county-b', otherTenantCaseId, clientId, '2024-03-02T09:00:00.000Z')],
      { expectedVersion: 'no_stream' },
    );
    await audit.entriesReach(5);
  }, 60_000);

  afterAll(async () => {
    await audit?.close();
    await database?.drop();
  });

  describe('GET /audit/cases/{caseId}/changes', () => {
    it('compares the case before and after its assignment: the differences, and who changed it when', async () => {
      const { status, body } = await audit.call(
        'GET',
        `/audit/cases/${caseId}/changes?from=${openedRecordedBy.toISOString()}&to=${new Date().toISOString()}`,
        auditor,
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({
        caseId,
        from: openedRecordedBy.toISOString(),
        clock: 'recorded',
        before: { version: 1, eventsApplied: 1, state: { caseManagerId: null } },
        after: { version: 2, eventsApplied: 2, state: { caseManagerId: 'cm-7' } },
      });
      expect(await audit.undocumented('GET', '/audit/cases/{caseId}/changes', body)).toEqual([]);
      expect(body['differences']).toContainEqual({
        op: 'changed',
        path: '/state/caseManagerId',
        before: null,
        after: 'cm-7',
      });
      // Only what differs: the case's team did not change.
      expect((body['differences'] as { path: string }[]).map((d) => d.path)).not.toContain('/state/teamId');
      expect(body['entries']).toEqual([
        expect.objectContaining({
          type: 'intake.CaseAssigned.v1',
          kind: 'change',
          actor: { id: 'sup-1', role: 'supervisor', onBehalfOf: 'sup-2' },
          occurredAt: '2024-03-03T08:00:00.000Z',
          recordedAt: expect.any(String),
        }),
      ]);
    });

    it('reads dates on the occurred clock: from the start of the first day to the end of the last', async () => {
      const { status, body } = await audit.call(
        'GET',
        `/audit/cases/${caseId}/changes?from=2024-03-02&to=2024-03-03&clock=occurred`,
        auditor,
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({
        from: '2024-03-02T00:00:00.000Z',
        to: '2024-03-03T23:59:59.999Z',
        clock: 'occurred',
        before: null,
        after: { version: 2, state: { caseManagerId: 'cm-7' } },
      });
      expect(await audit.undocumented('GET', '/audit/cases/{caseId}/changes', body)).toEqual([]);
      // Not opened yet at `from`: the whole case is added.
      expect(body['differences']).toContainEqual(
        expect.objectContaining({ op: 'added', path: '/state', after: expect.objectContaining({ caseId }) }),
      );
      expect((body['entries'] as { type: string }[]).map((e) => e.type)).toEqual([
        'intake.CaseOpened.v1',
        'intake.CaseAssigned.v1',
      ]);
    });

    it('records the read in the chain under the case', async () => {
      const records = await accessRecords('GET /audit/cases/{caseId}/changes');
      expect(records.length).toBeGreaterThanOrEqual(2);
      expect(records[0]).toMatchObject({ case_id: caseId, actor: { id: 'auditor-1', role: 'auditor' } });
    });

    it('answers 400 naming the field for from after to, a bad date or clock, and a missing bound', async () => {
      const afterTo = await audit.call('GET', `/audit/cases/${caseId}/changes?from=2024-03-05&to=2024-03-01`, auditor);
      expect(afterTo.status).toBe(400);
      expect(afterTo.body).toMatchObject({ violations: [{ field: 'from', reasons: ['must not be after to'] }] });
      for (const [query, field] of [
        ['from=yesterday&to=2024-03-01', 'from'],
        ['from=2024-03-01&to=2024-13-01', 'to'],
        ['from=2024-03-01&to=2024-03-02&clock=whenever', 'clock'],
        ['from=2024-03-01', 'to'],
      ] as const) {
        const { status, body } = await audit.call('GET', `/audit/cases/${caseId}/changes?${query}`, auditor);
        expect(status).toBe(400);
        expect(body['violations']).toContainEqual(expect.objectContaining({ field }));
      }
    });

    it('answers 404 for an unknown case and for another tenant’s, 403 to a case manager', async () => {
      const query = '?from=2024-01-01&to=2030-01-01';
      expect((await audit.call('GET', `/audit/cases/${randomUUID()}/changes${query}`, auditor)).status).toBe(404);
      expect((await audit.call('GET', `/audit/cases/${otherTenantCaseId}/changes${query}`, auditor)).status).toBe(404);
      expect((await audit.call('GET', `/audit/cases/${caseId}/changes${query}`, caseManager)).status).toBe(403);
    });
  });

  describe('GET /audit/cases/{caseId}/export', () => {
    it('exports the timeline as a JSON attachment, each entry with its chain hash', async () => {
      const { status, headers, text } = await fetch(`/audit/cases/${caseId}/export?format=json`, auditor);
      expect(status).toBe(200);
      expect(headers['content-type']).toMatch(/^application\/json/);
      expect(headers['content-disposition']).toBe(`attachment; filename="case-${caseId}-timeline.json"`);
      const body = JSON.parse(text) as { caseId: string; entries: { type: string; hash: string }[] };
      expect(body.caseId).toBe(caseId);
      expect(body.entries.slice(0, 2).map((e) => e.type)).toEqual(['intake.CaseOpened.v1', 'intake.CaseAssigned.v1']);
      for (const entry of body.entries) expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(await audit.undocumented('GET', '/audit/cases/{caseId}/export', body)).toEqual([]);
    });

    it('exports the timeline as CSV, one line an entry', async () => {
      const { status, headers, text } = await fetch(`/audit/cases/${caseId}/export?format=csv`, auditor);
      expect(status).toBe(200);
      expect(headers['content-type']).toMatch(/^text\/csv/);
      expect(headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
      const lines = text.split('\r\n').filter(Boolean);
      expect(lines[0]).toMatch(/^case_id,sequence,event_id,type,kind,actor_id,actor_role,/);
      expect(lines[2]).toContain(`${caseId},2,`);
      expect(lines[2]).toContain(',intake.CaseAssigned.v1,change,sup-1,supervisor,sup-2,2024-03-03T08:00:00.000Z,');
    });

    it('exports the timeline as a FHIR Bundle of AuditEvents', async () => {
      const { status, headers, text } = await fetch(`/audit/cases/${caseId}/export?format=fhir`, auditor);
      expect(status).toBe(200);
      expect(headers['content-type']).toMatch(/^application\/fhir\+json/);
      const bundle = JSON.parse(text) as {
        resourceType: string;
        type: string;
        entry: { resource: Record<string, unknown> }[];
      };
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      expect(
        await audit.undocumented('GET', '/audit/cases/{caseId}/export', bundle, 200, 'application/fhir+json'),
      ).toEqual([]);
      expect(bundle.entry[1]?.resource).toMatchObject({
        resourceType: 'AuditEvent',
        type: { code: 'rest' },
        subtype: [{ code: 'update' }],
        action: 'U',
        outcome: '0',
        period: { start: '2024-03-03T08:00:00.000Z' },
        agent: [{ who: { identifier: { value: 'sup-1' } }, requestor: true }, { requestor: false }],
        source: { site: 'county-a', observer: { identifier: { value: 'audit' } } },
      });
      // The earlier reads of the case are in its timeline, as reads.
      expect(bundle.entry.some((e) => (e.resource['subtype'] as { code: string }[])[0]?.code === 'read')).toBe(true);
    });

    it('records the export as a read of the case, and refuses bad formats, unknown cases and case managers', async () => {
      expect((await accessRecords('GET /audit/cases/{caseId}/export')).length).toBe(3);
      expect((await audit.call('GET', `/audit/cases/${caseId}/export?format=xml`, auditor)).status).toBe(400);
      expect((await audit.call('GET', `/audit/cases/${randomUUID()}/export`, auditor)).status).toBe(404);
      expect((await audit.call('GET', `/audit/cases/${caseId}/export`, auditorOfB)).status).toBe(404);
      expect((await audit.call('GET', `/audit/cases/${caseId}/export`, caseManager)).status).toBe(403);
    });
  });

  describe('tenant-wide exports', () => {
    it('streams every case’s timeline in pages, up to the entry captured when asked, with progress reaching done', async () => {
      // Two entries a page, so the export takes several pages.
      audit.app.get(TenantExports).pageSize = 2;
      // The chain's head covers entries that name no case (refused requests); the export writes those that do.
      const { rows } = await audit.pool.query<{ n: string; head: string }>(
        `SELECT count(*) FILTER (WHERE case_id IS NOT NULL)::text AS n, max(sequence)::text AS head
           FROM audit.entries WHERE tenant_id = 'county-a'`,
      );
      const created = await post('/audit/exports', auditor, { format: 'csv' });
      expect(created.status).toBe(202);
      expect(created.body).toMatchObject({
        id: expect.any(String),
        format: 'csv',
        status: 'ready',
        progress: { casesDone: 0, casesTotal: 2, entriesDone: 0, entriesTotal: Number(rows[0]?.n) },
        requestedBy: 'auditor-1',
        startedAt: null,
      });
      const id = created.body['id'] as string;
      expect(await audit.undocumented('POST', '/audit/exports', created.body, 202)).toEqual([]);

      const first = await fetch(`/audit/exports/${id}/content`, auditor);
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toMatch(/^text\/csv/);
      expect(first.headers['content-disposition']).toBe(`attachment; filename="export-${id}.csv"`);
      const lines = first.text.split('\r\n').filter(Boolean);
      expect(lines).toHaveLength(Number(rows[0]?.n) + 1);
      // Case by case: all of one case's entries, then the other's, each in chain order.
      const cases = lines.slice(1).map((line) => line.split(',')[0]);
      expect(new Set(cases)).toEqual(new Set([caseId, secondCaseId]));
      expect(cases).toEqual([...cases].sort());

      const status = await audit.call('GET', `/audit/exports/${id}`, auditor);
      expect(await audit.undocumented('GET', '/audit/exports/{exportId}', status.body)).toEqual([]);
      expect(status.body).toMatchObject({
        status: 'done',
        upToSequence: Number(rows[0]?.head),
        progress: { casesDone: 2, casesTotal: 2, entriesDone: Number(rows[0]?.n), entriesTotal: Number(rows[0]?.n) },
        startedAt: expect.any(String),
        finishedAt: expect.any(String),
      });

      // Reads since (this one's own record among them) are after the captured entry: the same file again.
      await audit.call('GET', `/audit/cases/${caseId}/timeline`, auditor);
      const again = await fetch(`/audit/exports/${id}/content`, auditor);
      expect(again.text).toBe(first.text);
      const records = await accessRecords('GET /audit/exports/{exportId}/content');
      expect(records).toHaveLength(2);
      expect(records[0]).toMatchObject({ case_id: null, event: { data: { subject: 'export', subjectId: id } } });
      // Reading its progress is a read of the export too.
      expect(await accessRecords('GET /audit/exports/{exportId}')).toEqual([
        expect.objectContaining({
          case_id: null,
          event: expect.objectContaining({
            data: expect.objectContaining({ subject: 'export', subjectId: id, role: 'auditor' }),
          }),
        }),
      ]);
    });

    it('streams the same export as JSON and as a FHIR Bundle, for an admin too', async () => {
      const json = await post('/audit/exports', admin, { format: 'json' });
      expect(json.status).toBe(202);
      const jsonContent = await fetch(`/audit/exports/${json.body['id'] as string}/content`, admin);
      expect(jsonContent.headers['content-type']).toMatch(/^application\/json/);
      const body = JSON.parse(jsonContent.text) as { tenantId: string; entries: { caseId: string; hash: string }[] };
      expect(body.tenantId).toBe('county-a');
      expect(body.entries.length).toBe((json.body['progress'] as { entriesTotal: number }).entriesTotal);
      expect(await audit.undocumented('GET', '/audit/exports/{exportId}/content', body)).toEqual([]);

      const fhir = await post('/audit/exports', auditor, { format: 'fhir' });
      const fhirContent = await fetch(`/audit/exports/${fhir.body['id'] as string}/content`, auditor);
      expect(fhirContent.headers['content-type']).toMatch(/^application\/fhir\+json/);
      const bundle = JSON.parse(fhirContent.text) as { resourceType: string; id: string; entry: unknown[] };
      expect(bundle).toMatchObject({ resourceType: 'Bundle', id: fhir.body['id'], type: 'collection' });
      expect(
        await audit.undocumented('GET', '/audit/exports/{exportId}/content', bundle, 200, 'application/fhir+json'),
      ).toEqual([]);
      expect(bundle.entry.length).toBe((fhir.body['progress'] as { entriesTotal: number }).entriesTotal);
    });

    it('shows progress page by page while the content is read, and an interrupted read as interrupted', async () => {
      const exports = audit.app.get(TenantExports);
      exports.pageSize = 2;
      const created = await post('/audit/exports', auditor, { format: 'json' });
      const id = created.body['id'] as string;
      const started = await exports.start('county-a', id);
      const rows = exports.entries('county-a', started);
      // Two pages taken, and the first entry of a third asked for: two pages' progress is written.
      for (let pulled = 0; pulled < 5; pulled += 1) await rows.next();
      const midway = await audit.call('GET', `/audit/exports/${id}`, auditor);
      expect(midway.body).toMatchObject({ status: 'running', progress: { entriesDone: 4 }, finishedAt: null });
      // A second read while this one streams is refused.
      expect((await audit.call('GET', `/audit/exports/${id}/content`, auditor)).status).toBe(409);
      // The reader goes away: the stream closes the rows.
      await rows.return(undefined);
      const after = await audit.call('GET', `/audit/exports/${id}`, auditor);
      expect(after.body).toMatchObject({ status: 'interrupted', progress: { entriesDone: 5 } });
      expect(after.body['finishedAt']).toEqual(expect.any(String));
    });

    it('answers 409 while the export is being read, and reads it again once that read has stalled', async () => {
      const created = await post('/audit/exports', auditor, { format: 'csv' });
      const id = created.body['id'] as string;
      // Another request streaming it, as far as the table tells.
      await audit.pool.query(`UPDATE audit.exports SET status = 'running', progressed_at = now() WHERE id = $1`, [id]);
      const busy = await audit.call('GET', `/audit/exports/${id}/content`, auditor);
      expect(busy.status).toBe(409);
      expect(busy.body).toMatchObject({ error: 'AUDIT.EXPORT_RUNNING' });
      // A read that wrote no page for longer than a read may rest died with its process: the export is free again.
      await audit.pool.query(`UPDATE audit.exports SET progressed_at = now() - interval '6 minutes' WHERE id = $1`, [
        id,
      ]);
      expect((await fetch(`/audit/exports/${id}/content`, auditor)).status).toBe(200);
      expect((await audit.call('GET', `/audit/exports/${id}`, auditor)).body).toMatchObject({ status: 'done' });
    });

    it('shows another tenant’s export as not found, and refuses case managers, bad formats and bad ids', async () => {
      const created = await post('/audit/exports', auditor, { format: 'json' });
      const id = created.body['id'] as string;
      expect((await audit.call('GET', `/audit/exports/${id}`, auditorOfB)).status).toBe(404);
      expect((await audit.call('GET', `/audit/exports/${id}/content`, auditorOfB)).status).toBe(404);
      expect((await audit.call('GET', `/audit/exports/${randomUUID()}`, auditor)).status).toBe(404);
      expect((await audit.call('GET', `/audit/exports/${id}`, caseManager)).status).toBe(403);
      expect((await audit.call('GET', `/audit/exports/${id}/content`, caseManager)).status).toBe(403);
      expect((await post('/audit/exports', caseManager, { format: 'json' })).status).toBe(403);
      // Each refusal is in the caller's chain, naming the export asked for; the request for a new one, the tenant's.
      const refusals = (
        await audit.pool.query<{ data: Record<string, unknown> }>(
          `SELECT event->'data' AS data FROM audit.entries
            WHERE tenant_id = 'county-a' AND published_type = 'audit.RecordAccessRefused.v1'
              AND event->'data'->>'view' LIKE '% /audit/exports%' ORDER BY sequence`,
        )
      ).rows.map((row) => row.data);
      expect(refusals.slice(-3)).toEqual([
        expect.objectContaining({
          subject: 'export',
          subjectId: id,
          view: 'GET /audit/exports/{exportId}',
          status: 403,
        }),
        expect.objectContaining({ subject: 'export', subjectId: id, view: 'GET /audit/exports/{exportId}/content' }),
        expect.objectContaining({ subject: 'tenant', subjectId: null, view: 'POST /audit/exports', status: 403 }),
      ]);
      const badFormat = await post('/audit/exports', auditor, { format: 'xlsx' });
      expect(badFormat.status).toBe(400);
      expect(badFormat.body['violations']).toContainEqual(expect.objectContaining({ field: 'format' }));
      const badId = await audit.call('GET', '/audit/exports/not-an-id', auditor);
      expect(badId.status).toBe(400);
      expect(badId.body['violations']).toContainEqual(expect.objectContaining({ field: 'exportId' }));
      // County-b's export holds county-b's case only.
      const ofB = await post('/audit/exports', auditorOfB, { format: 'json' });
      const content = JSON.parse(
        (await fetch(`/audit/exports/${ofB.body['id'] as string}/content`, auditorOfB)).text,
      ) as {
        entries: { caseId: string }[];
      };
      expect(new Set(content.entries.map((e) => e.caseId))).toEqual(new Set([otherTenantCaseId]));
    });
  });
});
