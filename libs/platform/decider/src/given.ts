import type { Command } from './command-metadata';
import type { Decider } from './decider';
import type { DomainEvent } from '@casemgmt/event-store';

/** Given past events, when a command arrives: the events the decider decides (or its throw). For unit specs of deciders. */
export function given<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>, past: readonly E[]) {
  const state = past.reduce((current, event) => decider.evolve(current, event), decider.initialState());
  return { when: (command: C): readonly E[] => decider.decide(command, state), state };
}
