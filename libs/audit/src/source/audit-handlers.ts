import { publishedTypeOf, type EventHandler, type EventHandlers, type ServiceContract } from '@casemgmt/messaging';
import { appendToChain } from '../chain/audit-chain';

const appendHandler: EventHandler = async (event, tx) => {
  await appendToChain(tx, event);
};

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
