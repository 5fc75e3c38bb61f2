import { randomUUID } from 'node:crypto';
import { CARE_PLAN_EVENT_STORE } from '@casemgmt/care-plan';
import type { EventStore } from '@casemgmt/event-store';
import type { TestHost } from '@casemgmt/host/testing';

/**
 * Appends a case's casework events as the casework handler will, through care plan's sealing store with the case and
 * its client in the metadata: casework has no routes yet, and the worklist follows its events all the same.
 */
export function caseworkEvents(host: TestHost, options: { readonly clientId: string; readonly tenant?: string }) {
  const store = host.app.get<symbol, EventStore>(CARE_PLAN_EVENT_STORE, { strict: false });
  const append = (caseId: string, type: string, data: Record<string, unknown>) =>
    store.appendToStream(
      `care-plan.casework-${caseId}`,
      [
        {
          type,
          data: { caseId, by: 'cm-1', ...data },
          metadata: {
            tenantId: options.tenant ?? 'county-a',
            actor: { id: 'cm-1', role: 'case_manager' },
            correlationId: randomUUID(),
            caseId,
            clientId: options.clientId,
          },
        },
      ],
      { expectedVersion: 'any' },
    );
  return {
    contact: (caseId: string, kind: string, occurredAt: Date) =>
      append(caseId, 'ContactRecorded', {
        contactId: randomUUID(),
        kind,
        occurredAt: occurredAt.toISOString(),
        recordedAt: new Date().toISOString(),
        late: false,
        durationMinutes: kind === 'attempted' ? null : 20,
        goalsAddressed: [],
        personal: { notes: 'Talked about how the week went', participants: ['client'] },
      }),
    missed: (caseId: string, appointmentId: string, followUpDueBy: Date) =>
      append(caseId, 'AppointmentMissed', {
        appointmentId,
        startsAt: new Date(followUpDueBy.getTime() - 86_400_000).toISOString(),
        followUpDueBy: followUpDueBy.toISOString(),
      }),
    followedUp: (caseId: string, appointmentId: string) =>
      append(caseId, 'MissedAppointmentFollowedUp', {
        appointmentId,
        followedUpAt: new Date().toISOString(),
        late: true,
        personal: { notes: 'She had no ride; transport arranged for next time' },
      }),
  };
}
