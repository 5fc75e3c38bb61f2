import type { Decider } from '@casemgmt/decider';
import type { CaseCommand } from './case.commands';
import { caseGrantingRole, decideCase } from './case.decide';
import type { CaseEvent } from './case.events';
import { evolveCase, initialCaseState, type CaseState } from './case.state';

// A case's decider, assembled from its parts: events (case.events.ts), commands (case.commands.ts), state and
// evolve (case.state.ts), decide (case.decide.ts, and the decisions of single use cases in their command folders).
export * from './case.events';
export * from './case.commands';
export * from './case.state';
export { decideCase } from './case.decide';
export { SAFETY_FLAG_ITEMS } from './commands/record-screening/record-screening.decide';

export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: initialCaseState,
  grantingRole: caseGrantingRole,
};
