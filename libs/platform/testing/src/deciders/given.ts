// The testing library imports no workspace library: every library's specs import it, so an import back (even of a
// type) would close a cycle in the project graph. `Decider` of @casemgmt/decider fits this shape.

/** The pure parts of a decider that a unit spec drives. */
export interface DeciderUnderTest<C, E, S> {
  decide(command: C, state: S): readonly E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

/**
 * Given past events, when a command arrives: the events the decider decides (or its throw), and the state the past
 * events folded into. For unit specs of deciders: `expect(given(decider, [opened]).when(close)).toEqual([closed])`.
 */
export function given<C, E, S>(decider: DeciderUnderTest<C, E, S>, past: readonly E[]) {
  const state = past.reduce((current, event) => decider.evolve(current, event), decider.initialState());
  return { when: (command: C): readonly E[] => decider.decide(command, state), state };
}
