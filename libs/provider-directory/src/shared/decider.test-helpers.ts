export { given } from '@casemgmt/decider';
import type { DomainEvent, RecordedEvent } from '@casemgmt/event-store';
import type { CommandMetadata } from '@casemgmt/decider';

export const ADMIN_METADATA: CommandMetadata = {
  tenantId: 'county-a',
  actor: { id: 'dir-admin-1', role: 'admin' },
  correlationId: 'corr-1',
  now: new Date('2026-03-01T09:00:00.000Z'),
};

export function partnerMetadata(organizationId: string | undefined): CommandMetadata {
  return {
    ...ADMIN_METADATA,
    actor: { id: 'pp-7', role: 'provider_partner', ...(organizationId ? { organizationId } : {}) },
  };
}

/** An event as the store delivers it to a projection (county-a, recorded 2026-02-01T10:00:01Z). */
export function recordedEvent(event: DomainEvent, streamId: string, streamVersion: number): RecordedEvent {
  return {
    ...event,
    eventId: `0190f3a0-0000-7000-8000-${String(streamVersion).padStart(12, '0')}`,
    streamId,
    streamVersion,
    globalPosition: BigInt(streamVersion),
    logPosition: { commit: 1n, prepare: BigInt(streamVersion) },
    occurredAt: new Date('2026-02-01T10:00:00Z'),
    recordedAt: new Date('2026-02-01T10:00:01Z'),
    metadata: { tenantId: 'county-a', actor: { id: 'a', role: 'admin' }, correlationId: 'c' },
  } as unknown as RecordedEvent;
}
