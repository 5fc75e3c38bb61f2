import { ContractCatalog, parsePublishedType, topicOf } from '../contracts/service-contract';
import { MessagingError } from '../messaging.errors';
import type { EventHandlers } from '../incoming-event';

/** The topics a handler map needs; checks every key names a published type (and, given contracts, a declared one). */
export function handledTopics(handlers: EventHandlers, catalog?: ContractCatalog): string[] {
  const topics = new Set<string>();
  for (const publishedType of Object.keys(handlers)) {
    const parsed = parsePublishedType(publishedType);
    if (!parsed) {
      throw new MessagingError(
        'MESSAGING.INVALID_CONTRACT',
        `Handler key '${publishedType}' is not <service>.<EventType>.v<N>`,
      );
    }
    if (catalog?.service(parsed.service) && !catalog.forPublished(publishedType)) {
      throw new MessagingError(
        'MESSAGING.INVALID_CONTRACT',
        `Handler for '${publishedType}': the ${parsed.service} contract declares no such type and version`,
      );
    }
    topics.add(topicOf(parsed.service));
  }
  if (topics.size === 0)
    throw new MessagingError('MESSAGING.INVALID_CONTRACT', 'A consumer needs at least one handler');
  return [...topics].sort();
}
