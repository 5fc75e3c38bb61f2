import { Injectable } from '@nestjs/common';
import { loadAggregate } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../shared/intake-options';
import { intakeStreamId } from '../../shared/intake-streams';
import { clientDecider, type ClientState } from '../client.decider';

export interface CurrentClient extends ClientState {
  readonly clientId: string;
  readonly version: number;
}

// Streams read at once: a search or a duplicate check reads a few dozen clients, not thousands.
const PARALLEL_READS = 8;

/**
 * Clients as their streams fold now, personal data opened: what a search shows and what duplicate detection scores,
 * after the blind index has said which clients to read. The read model keeps no copy of their details.
 */
@Injectable()
export class ClientRecords {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  /** The registered clients among `clientIds`, in the order given. */
  async current(tenantId: string, clientIds: readonly string[]): Promise<CurrentClient[]> {
    const found: (CurrentClient | undefined)[] = [];
    for (let start = 0; start < clientIds.length; start += PARALLEL_READS) {
      found.push(
        ...(await Promise.all(
          clientIds.slice(start, start + PARALLEL_READS).map(async (clientId) => {
            const loaded = await loadAggregate(this.store, intakeStreamId('client', clientId), clientDecider, tenantId);
            return loaded.exists && loaded.state.registered
              ? { ...loaded.state, clientId, version: loaded.version }
              : undefined;
          }),
        )),
      );
    }
    return found.filter((client): client is CurrentClient => client !== undefined);
  }
}
