import type { ExportedEntry } from './exported-entry';
import { auditEventOf, CASEMGMT_SYSTEMS, FHIR_SYSTEMS } from './fhir-audit-event';

const entry = (overrides: Partial<ExportedEntry>): ExportedEntry => ({
  caseId: 'c1',
  sequence: 7,
  eventId: '0190f3a1-0000-7000-8000-000000000007',
  type: 'intake.CaseAssigned.v1',
  kind: 'change',
  actor: { id: 'sup-1', role: 'supervisor' },
  occurredAt: '2024-03-03T08:00:00.000Z',
  recordedAt: '2024-03-04T10:00:00.000Z',
  service: 'intake',
  streamId: 'intake.case-c1',
  streamVersion: 2,
  hash: 'ab'.repeat(32),
  ...overrides,
});

// No element of a FHIR JSON resource may be an empty array, an empty object, null or an empty string.
function emptyElements(value: unknown, path = ''): string[] {
  if (value === null || value === '') return [path];
  if (Array.isArray(value))
    return value.length === 0 ? [path] : value.flatMap((v, i) => emptyElements(v, `${path}/${i}`));
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([k, v]) => emptyElements(v, `${path}/${k}`));
  }
  return [];
}

describe('auditEventOf (FHIR R4 AuditEvent, IHE BALP)', () => {
  it('maps an update: rest/update, action U, outcome 0, recorded and period from both clocks', () => {
    const event = auditEventOf(entry({}), 'county-a');
    expect(event).toMatchObject({
      resourceType: 'AuditEvent',
      id: '0190f3a1-0000-7000-8000-000000000007',
      type: { system: FHIR_SYSTEMS.auditEventType, code: 'rest' },
      subtype: [{ system: FHIR_SYSTEMS.restfulInteraction, code: 'update' }],
      action: 'U',
      outcome: '0',
      recorded: '2024-03-04T10:00:00.000Z',
      period: { start: '2024-03-03T08:00:00.000Z', end: '2024-03-03T08:00:00.000Z' },
    });
    expect(event).not.toHaveProperty('outcomeDesc');
    expect(emptyElements(event)).toEqual([]);
  });

  it('has every element R4 requires: type, recorded, agent (who, requestor), source (observer), entity', () => {
    const event = auditEventOf(entry({}), 'county-a');
    expect(event.agent).toEqual([
      {
        type: { coding: [expect.objectContaining({ system: FHIR_SYSTEMS.participationType, code: 'AUT' })] },
        role: [{ coding: [{ system: CASEMGMT_SYSTEMS.role, code: 'supervisor' }], text: 'supervisor' }],
        who: { identifier: { system: CASEMGMT_SYSTEMS.user, value: 'sup-1' } },
        requestor: true,
      },
    ]);
    expect(event.source).toEqual({
      site: 'county-a',
      observer: { identifier: { system: CASEMGMT_SYSTEMS.service, value: 'audit' }, display: 'audit service' },
      type: [{ system: FHIR_SYSTEMS.securitySourceType, code: '4', display: 'Application Server' }],
    });
    const [theCase, theEvent] = event.entity;
    expect(theCase?.what).toEqual({ identifier: { system: CASEMGMT_SYSTEMS.case, value: 'c1' } });
    expect(theEvent).toMatchObject({
      what: { identifier: { system: CASEMGMT_SYSTEMS.event, value: '0190f3a1-0000-7000-8000-000000000007' } },
      type: { system: FHIR_SYSTEMS.entityType, code: '2' },
      role: { system: FHIR_SYSTEMS.objectRole, code: '4' },
      name: 'intake.case-c1',
    });
    expect(theEvent?.detail).toEqual(
      expect.arrayContaining([
        { type: 'hash', valueString: 'ab'.repeat(32) },
        { type: 'sequence', valueString: '7' },
        { type: 'type', valueString: 'intake.CaseAssigned.v1' },
      ]),
    );
  });

  it('maps a stream’s first event to create, a view to read, a refusal to read with outcome 4', () => {
    expect(auditEventOf(entry({ streamVersion: 1 }), 't')).toMatchObject({
      subtype: [{ code: 'create' }],
      action: 'C',
    });
    const view = auditEventOf(entry({ kind: 'view', view: 'GET /intake/cases/{id}' }), 't');
    expect(view).toMatchObject({ subtype: [{ code: 'read' }], action: 'R', outcome: '0' });
    expect(view.agent[0]?.type.coding[0]?.code).toBe('IRCP');
    expect(view.entity[1]?.detail).toContainEqual({ type: 'view', valueString: 'GET /intake/cases/{id}' });
    expect(auditEventOf(entry({ kind: 'refusal' }), 't')).toMatchObject({
      subtype: [{ code: 'read' }],
      action: 'R',
      outcome: '4',
      outcomeDesc: 'refused',
    });
  });

  it('names whom the actor acted for as a second agent, not the requestor', () => {
    const event = auditEventOf(entry({ actor: { id: 'sup-1', role: 'supervisor', onBehalfOf: 'sup-2' } }), 't');
    expect(event.agent[1]).toEqual({
      type: { coding: [expect.objectContaining({ code: 'RESP' })] },
      who: { identifier: { system: CASEMGMT_SYSTEMS.user, value: 'sup-2' } },
      requestor: false,
    });
    expect(event.agent.filter((agent) => agent.requestor)).toHaveLength(1);
    expect(emptyElements(event)).toEqual([]);
  });
});
