import { publishedTypeOf, type EventHandler, type EventHandlers, type ServiceContract } from '@casemgmt/messaging';
import { appendManyToChain, appendToChain } from '../chain/audit-chain';

/** Appends an event to its tenant's hash chain; a run of events in one go. */
const appendHandler: EventHandler = Object.assign(
  async (...[event, tx]: Parameters<EventHandler>) => {
    await appendToChain(tx, event);
  },
  {
    many: async (...[events, tx]: Parameters<NonNullable<EventHandler['many']>>) => {
      await appendManyToChain(tx, events);
    },
  },
);

/** One handler per published type of every contract: each appends the event to its tenant's hash chain. */
export function buildAuditHandlers(contracts: readonly ServiceContract[]): EventHandlers {
  const handlers: Record<string, EventHandler> = {};
  for (const contract of contracts) {
    for (const event of contract.events) {
      handlers[publishedTypeOf(contract.service, event.type, event.version)] = appendHandler;
    }
  }
  return handlers;
}
