import { publishedTypeOf, type ServiceContract } from '@casemgmt/messaging';

/**
 * The published types referral reads that none of the given contracts publishes: a consumer skips a type it has no
 * handler for, so a version another service replaced would otherwise stop referral's views without a word.
 */
export function typesMissingFrom(types: readonly string[], contracts: readonly ServiceContract[]): string[] {
  const published = new Set(
    contracts.flatMap((contract) =>
      contract.events.map((event) => publishedTypeOf(contract.service, event.type, event.version)),
    ),
  );
  return types.filter((type) => !published.has(type));
}
