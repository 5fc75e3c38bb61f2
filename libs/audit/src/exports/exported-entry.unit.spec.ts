import { exportChunks } from './stream-export';
import { timelineWriter, type ExportedEntry } from './exported-entry';

const entries: readonly ExportedEntry[] = [
  {
    caseId: 'c1',
    sequence: 1,
    eventId: 'e1',
    type: 'intake.CaseOpened.v1',
    kind: 'change',
    actor: { id: 'iw-1', role: 'intake_worker' },
    occurredAt: '2024-03-02T09:00:00.000Z',
    recordedAt: '2024-03-02T09:00:01.000Z',
    service: 'intake',
    streamId: 'intake.case-c1',
    streamVersion: 1,
    hash: 'h1',
  },
  {
    caseId: 'c1',
    sequence: 2,
    eventId: 'e2',
    type: 'audit.RecordAccessed.v1',
    kind: 'view',
    actor: { id: 'sup-1', role: 'supervisor', onBehalfOf: 'sup-2' },
    occurredAt: '2024-03-03T08:00:00.000Z',
    recordedAt: '2024-03-03T08:00:00.000Z',
    service: 'audit',
    streamId: 'audit.access_log-county-a.c1',
    streamVersion: 1,
    view: 'GET /audit/cases/{caseId}/timeline',
    hash: 'h2',
  },
];

async function write(format: 'json' | 'csv' | 'fhir'): Promise<string> {
  const writer = timelineWriter(format, {
    tenantId: 'county-a',
    head: { caseId: 'c1' },
    bundle: { id: 'b1', timestamp: '2024-04-01T00:00:00.000Z' },
  });
  async function* rows(): AsyncGenerator<ExportedEntry> {
    yield* entries;
  }
  let text = '';
  for await (const chunk of exportChunks(rows(), writer)) text += chunk;
  return text;
}

describe('timeline exports', () => {
  it('writes CSV one entry a line: who, both times, the view, the hash', async () => {
    const lines = (await write('csv')).split('\r\n');
    expect(lines[0]).toBe(
      'case_id,sequence,event_id,type,kind,actor_id,actor_role,on_behalf_of,occurred_at,recorded_at,service,stream_id,stream_version,view,reason,hash',
    );
    expect(lines[1]).toBe(
      'c1,1,e1,intake.CaseOpened.v1,change,iw-1,intake_worker,,2024-03-02T09:00:00.000Z,2024-03-02T09:00:01.000Z,intake,intake.case-c1,1,,,h1',
    );
    expect(lines[2]).toBe(
      'c1,2,e2,audit.RecordAccessed.v1,view,sup-1,supervisor,sup-2,2024-03-03T08:00:00.000Z,2024-03-03T08:00:00.000Z,audit,audit.access_log-county-a.c1,1,GET /audit/cases/{caseId}/timeline,,h2',
    );
    expect(lines).toHaveLength(4);
  });

  it('writes JSON as the head and the entries', async () => {
    expect(JSON.parse(await write('json'))).toEqual({ caseId: 'c1', entries });
  });

  it('writes FHIR as a collection Bundle of one AuditEvent an entry, in chain order', async () => {
    const bundle = JSON.parse(await write('fhir')) as {
      resourceType: string;
      type: string;
      entry: { fullUrl: string; resource: { resourceType: string; id: string; subtype: { code: string }[] } }[];
    };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', id: 'b1', type: 'collection' });
    expect(bundle.entry.map((e) => [e.fullUrl, e.resource.resourceType, e.resource.subtype[0]?.code])).toEqual([
      ['urn:uuid:e1', 'AuditEvent', 'create'],
      ['urn:uuid:e2', 'AuditEvent', 'read'],
    ]);
  });
});
