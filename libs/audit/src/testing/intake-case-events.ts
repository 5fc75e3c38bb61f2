import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@casemgmt/event-store';

/** A sealed value as the personal-data vault writes it: the trail never opens it. */
export const SEALED = { $sealed: 'A256GCM', keyId: 'k1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' } as const;

/** The metadata intake writes: tenant, actor, a fresh correlation id, and the case and client the event is about. */
export function intakeMetadata(
  tenantId: string,
  actor: { readonly id: string; readonly role: string; readonly onBehalfOf?: string },
  subjects: { readonly caseId?: string; readonly clientId?: string },
) {
  return { tenantId, actor, correlationId: randomUUID(), ...subjects };
}

/** A case opened by intake worker iw-1 in team-north, shaped as intake's case decider writes it. */
export function caseOpenedEvent(tenantId: string, caseId: string, clientId: string, occurredAt: string): NewEvent {
  return {
    type: 'CaseOpened',
    data: {
      caseId,
      clientId,
      programId: 'housing-stability',
      priority: 'urgent',
      referralSource: { kind: 'hospital' },
      teamId: 'team-north',
      openedBy: 'iw-1',
      personal: SEALED,
    },
    metadata: intakeMetadata(tenantId, { id: 'iw-1', role: 'intake_worker' }, { caseId, clientId }),
    occurredAt: new Date(occurredAt),
  };
}

/** The case assigned to case manager cm-7 by sup-1 on behalf of sup-2, shaped as intake's case decider writes it. */
export function caseAssignedEvent(tenantId: string, caseId: string, clientId: string, occurredAt: string): NewEvent {
  return {
    type: 'CaseAssigned',
    data: { caseId, caseManagerId: 'cm-7', previousCaseManagerId: null },
    metadata: intakeMetadata(tenantId, { id: 'sup-1', role: 'supervisor', onBehalfOf: 'sup-2' }, { caseId, clientId }),
    occurredAt: new Date(occurredAt),
  };
}
