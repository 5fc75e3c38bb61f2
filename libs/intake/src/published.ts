import { readOnlyDecider } from '@casemgmt/decider';
import { caseDecider as caseDecision } from './case/case.decider';
import { clientDecider as clientDecision } from './client/client.decider';
import { consentDecider as consentDecision } from './consent/consent.decider';

// What other contexts may use of intake (ADR 0018): its published language, how its streams are named, and how its
// events fold into state for a replay. Nothing here reaches the module, its handlers or its read models.
export { INTAKE_CONTRACT } from './intake.contract';
export { INTAKE_CATEGORIES, idOfIntakeStream, intakeStreamId, type IntakeAggregate } from './shared/intake-streams';
export type { CaseEvent, CaseState } from './case/case.decider';
export type { ClientEvent, ClientState } from './client/client.decider';
export type { ConsentEvent, ConsentState } from './consent/consent.decider';

/** The case's `initialState` and `evolve`, read-only: the audit service replays a case with them. */
export const caseDecider = readOnlyDecider(caseDecision);
export const clientDecider = readOnlyDecider(clientDecision);
export const consentDecider = readOnlyDecider(consentDecision);
