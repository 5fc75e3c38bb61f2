// Referral's own reading of the intake events it follows: the published type of each, and only the fields it uses.
// Nothing here comes from intake's code (ADR 0018): when intake publishes a new version of one of these, referral
// adds a reading of it here, beside the old one, as long as both may arrive.

import type { SqlTransaction } from '@casemgmt/event-store';
import type { EventHandler, IncomingEvent } from '@casemgmt/messaging';

/** The event's data read as referral's view of its type (the consumer checked it against its publisher's schema). */
export function dataOf<Data>(event: IncomingEvent): Data {
  return event.data as unknown as Data;
}

/** A handler given the event's data as referral reads its type, in the consumer's transaction. */
export function typed<Data>(
  apply: (tx: SqlTransaction, event: IncomingEvent, data: Data) => Promise<unknown>,
): EventHandler {
  return async (event, tx) => {
    await apply(tx, event, dataOf<Data>(event));
  };
}

/** The published types referral follows, exactly as intake's contract names them. */
export const INTAKE_EVENTS = {
  caseOpened: 'intake.CaseOpened.v1',
  caseAssigned: 'intake.CaseAssigned.v1',
  caseTransferred: 'intake.CaseTransferred.v1',
  caseStatusChanged: 'intake.CaseStatusChanged.v1',
  caseClosed: 'intake.CaseClosed.v1',
  caseReopened: 'intake.CaseReopened.v1',
  needIdentified: 'intake.NeedIdentified.v1',
  clientPersonalDataErased: 'intake.ClientPersonalDataErased.v1',
  consentRevoked: 'intake.ConsentRevoked.v1',
} as const;

/** What referral reads of each: identifiers and codes; never `personal`. */
export interface CaseOpenedV1 {
  readonly caseId: string;
  readonly clientId: string;
  readonly programId: string;
  readonly teamId: string;
}
export interface CaseAssignedV1 {
  readonly caseId: string;
  readonly caseManagerId: string;
}
export interface CaseTransferredV1 {
  readonly caseId: string;
  readonly toTeamId: string;
}
export interface CaseStatusChangedV1 {
  readonly caseId: string;
  readonly to: string;
}
export interface CaseClosedV1 {
  readonly caseId: string;
}
export interface CaseReopenedV1 {
  readonly caseId: string;
  readonly to: string;
}
export interface NeedIdentifiedV1 {
  readonly caseId: string;
  readonly openNeeds: readonly string[];
}
export interface ClientPersonalDataErasedV1 {
  readonly clientId: string;
}
export interface ConsentRevokedV1 {
  readonly consentId: string;
  readonly revokedAt: string;
}
