import { Injectable } from '@nestjs/common';
import { InjectEventStore, isEventStoreError, type EventStore } from '@casemgmt/event-store';
import { streamIdOf } from '../../../shared/directory-streams';
import { ServiceErrors } from '../../service.errors';

export interface ListingChange {
  readonly version: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly data: object;
}

/** Every change to a service's listing, oldest first: its stream, as auditors and referrals see it. */
@Injectable()
export class GetServiceHistoryQuery {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  async execute(tenantId: string, serviceId: string): Promise<ListingChange[]> {
    let events;
    try {
      events = await this.store.readStream(streamIdOf('service', serviceId));
    } catch (error) {
      if (isEventStoreError(error, 'EVENT_STORE.STREAM_NOT_FOUND')) throw ServiceErrors.notFound(serviceId);
      throw error;
    }
    if (events.some((event) => event.metadata.tenantId !== tenantId)) throw ServiceErrors.notFound(serviceId);
    return events.map((event) => ({
      version: event.streamVersion,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      recordedAt: event.recordedAt.toISOString(),
      actor: { id: event.metadata.actor.id, role: event.metadata.actor.role },
      data: event.data,
    }));
  }
}
