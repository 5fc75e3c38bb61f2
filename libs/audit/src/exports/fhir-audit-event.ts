import type { ExportedEntry } from './exported-entry';

/** Code systems of the FHIR R4 AuditEvent as IHE Basic Audit Log Patterns (BALP) use them. */
export const FHIR_SYSTEMS = {
  auditEventType: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
  restfulInteraction: 'http://hl7.org/fhir/restful-interaction',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  securitySourceType: 'http://terminology.hl7.org/CodeSystem/security-source-type',
  entityType: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  objectRole: 'http://terminology.hl7.org/CodeSystem/object-role',
} as const;

/** Identifier systems of this platform's own ids (URNs: nothing resolvable, nothing personal). */
export const CASEMGMT_SYSTEMS = {
  user: 'urn:casemgmt:user',
  role: 'urn:casemgmt:role',
  service: 'urn:casemgmt:service',
  tenant: 'urn:casemgmt:tenant',
  case: 'urn:casemgmt:case',
  event: 'urn:casemgmt:event',
} as const;

interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

interface Identifier {
  readonly system: string;
  readonly value: string;
}

/** The FHIR R4 AuditEvent resource, as far as these exports fill it. */
export interface FhirAuditEvent {
  readonly resourceType: 'AuditEvent';
  readonly id: string;
  readonly type: Coding;
  readonly subtype: readonly Coding[];
  readonly action: 'C' | 'R' | 'U' | 'D' | 'E';
  readonly period: { readonly start: string; readonly end: string };
  readonly recorded: string;
  readonly outcome: '0' | '4' | '8' | '12';
  readonly outcomeDesc?: string;
  readonly agent: readonly {
    readonly type: { readonly coding: readonly Coding[] };
    readonly role?: readonly { readonly coding: readonly Coding[]; readonly text: string }[];
    readonly who: { readonly identifier: Identifier };
    readonly requestor: boolean;
  }[];
  readonly source: {
    readonly site: string;
    readonly observer: { readonly identifier: Identifier; readonly display: string };
    readonly type: readonly Coding[];
  };
  readonly entity: readonly {
    readonly what: { readonly identifier: Identifier };
    readonly type: Coding;
    readonly role: Coding;
    readonly name?: string;
    readonly detail?: readonly { readonly type: string; readonly valueString: string }[];
  }[];
}

const REST: Coding = { system: FHIR_SYSTEMS.auditEventType, code: 'rest', display: 'RESTful Operation' };
const SYSTEM_OBJECT: Coding = { system: FHIR_SYSTEMS.entityType, code: '2', display: 'System Object' };
const DOMAIN_RESOURCE: Coding = { system: FHIR_SYSTEMS.objectRole, code: '4', display: 'Domain Resource' };
const APPLICATION_SERVER: Coding = {
  system: FHIR_SYSTEMS.securitySourceType,
  code: '4',
  display: 'Application Server',
};

/**
 * One timeline entry as a FHIR R4 AuditEvent after IHE BALP's RESTful patterns: a change is a `create` (its stream's
 * first event) or an `update`, a view a `read`, and a refusal a `read` whose outcome is `4` (minor failure: refused
 * as designed, nothing broke). `recorded` is when the platform recorded it, `period` when it happened. The acting
 * user is the requesting agent (author of a change, recipient of what a read showed), whom they acted for a second,
 * non-requesting one; the audit service is the observer; the case and the event are the entities, the event's chain
 * hash and position its details. Ids only: the chain holds personal data sealed, and nothing of it is exported.
 */
export function auditEventOf(entry: ExportedEntry, tenantId: string): FhirAuditEvent {
  const interaction = entry.kind !== 'change' ? 'read' : entry.streamVersion === 1 ? 'create' : 'update';
  const userType: Coding =
    entry.kind === 'change'
      ? { system: FHIR_SYSTEMS.participationType, code: 'AUT', display: 'author (originator)' }
      : { system: FHIR_SYSTEMS.participationType, code: 'IRCP', display: 'information recipient' };
  const onBehalfOf = entry.actor.onBehalfOf;
  return {
    resourceType: 'AuditEvent',
    id: entry.eventId,
    type: REST,
    subtype: [{ system: FHIR_SYSTEMS.restfulInteraction, code: interaction, display: interaction }],
    action: interaction === 'create' ? 'C' : interaction === 'update' ? 'U' : 'R',
    period: { start: entry.occurredAt, end: entry.occurredAt },
    recorded: entry.recordedAt,
    outcome: entry.kind === 'refusal' ? '4' : '0',
    ...(entry.kind === 'refusal' ? { outcomeDesc: 'refused' } : {}),
    agent: [
      {
        type: { coding: [userType] },
        role: [{ coding: [{ system: CASEMGMT_SYSTEMS.role, code: entry.actor.role }], text: entry.actor.role }],
        who: { identifier: { system: CASEMGMT_SYSTEMS.user, value: entry.actor.id } },
        requestor: true,
      },
      ...(onBehalfOf
        ? [
            {
              type: {
                coding: [{ system: FHIR_SYSTEMS.participationType, code: 'RESP', display: 'responsible party' }],
              },
              who: { identifier: { system: CASEMGMT_SYSTEMS.user, value: onBehalfOf } },
              requestor: false,
            },
          ]
        : []),
    ],
    source: {
      site: tenantId,
      observer: { identifier: { system: CASEMGMT_SYSTEMS.service, value: 'audit' }, display: 'audit service' },
      type: [APPLICATION_SERVER],
    },
    entity: [
      {
        what: { identifier: { system: CASEMGMT_SYSTEMS.case, value: entry.caseId } },
        type: SYSTEM_OBJECT,
        role: DOMAIN_RESOURCE,
      },
      {
        what: { identifier: { system: CASEMGMT_SYSTEMS.event, value: entry.eventId } },
        type: SYSTEM_OBJECT,
        role: DOMAIN_RESOURCE,
        name: entry.streamId,
        detail: [
          { type: 'type', valueString: entry.type },
          { type: 'streamVersion', valueString: String(entry.streamVersion) },
          { type: 'sequence', valueString: String(entry.sequence) },
          { type: 'hash', valueString: entry.hash },
          ...(entry.view ? [{ type: 'view', valueString: entry.view }] : []),
          ...(entry.reason ? [{ type: 'reason', valueString: entry.reason }] : []),
        ],
      },
    ],
  };
}
