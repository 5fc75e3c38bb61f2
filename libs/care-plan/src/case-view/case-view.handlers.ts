import type { SqlTransaction } from '@casemgmt/event-store';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import {
  publishedTypeOf,
  type EventHandler,
  type EventHandlers,
  type IncomingEvent,
  type ServiceContract,
} from '@casemgmt/messaging';
import {
  INTAKE_EVENTS,
  type CaseAssignedV1,
  type CaseClosedV1,
  type CaseOpenedV1,
  type CaseReopenedV1,
  type CaseStatusChangedV1,
  type CaseTransferredV1,
  type NeedIdentifiedV1,
  type SafetyFlagRaisedV1,
  type ScreeningScoredV1,
  dataOf,
} from './intake-events';
import { CLOSED_STATUS } from '../shared/case-scope';
import { clientErasureHandler } from './client-erasure.handler';

/**
 * Changes the row of the event's case, in the consumer's transaction; the row follows only later versions of the
 * stream, so an event handled again after a redelivery the inbox did not catch changes nothing.
 */
async function updateCase(
  tx: SqlTransaction,
  event: IncomingEvent,
  caseId: string,
  assignments: string,
  values: readonly unknown[],
): Promise<void> {
  await tx.query(
    `UPDATE care_plan.cases SET ${assignments}, last_stream_version = $3, updated_at = $4
      WHERE tenant_id = $1 AND case_id = $2 AND last_stream_version < $3`,
    [event.metadata.tenantId, caseId, event.streamVersion, event.recordedAt, ...values],
  );
}

/** A handler of an event about a case, given the event's data as care plan reads its type. */
export function typedHandler<Data extends { readonly caseId: string }>(
  apply: (tx: SqlTransaction, event: IncomingEvent, data: Data) => Promise<void>,
): EventHandler {
  return (event, tx) => apply(tx, event, dataOf<Data>(event));
}

/** One handler per intake event care plan follows, each upserting the case's row. */
export function buildCaseViewHandlers(): EventHandlers {
  return {
    [INTAKE_EVENTS.caseOpened]: typedHandler<CaseOpenedV1>(async (tx, event, data) => {
      await tx.query(
        `INSERT INTO care_plan.cases
           (tenant_id, case_id, client_id, program, priority, status, team_id, opened_at, last_stream_version, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'opened', $6, $7, $8, $9)
         ON CONFLICT (tenant_id, case_id) DO NOTHING`,
        [
          event.metadata.tenantId,
          data.caseId,
          data.clientId,
          data.programId,
          data.priority,
          data.teamId,
          event.occurredAt,
          event.streamVersion,
          event.recordedAt,
        ],
      );
    }),
    [INTAKE_EVENTS.caseAssigned]: typedHandler<CaseAssignedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'case_manager_id = $5', [data.caseManagerId]),
    ),
    // A transfer ends the assignment: the receiving team assigns the case anew.
    [INTAKE_EVENTS.caseTransferred]: typedHandler<CaseTransferredV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'team_id = $5, case_manager_id = NULL', [data.toTeamId]),
    ),
    [INTAKE_EVENTS.caseStatusChanged]: typedHandler<CaseStatusChangedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'status = $5', [data.to]),
    ),
    [INTAKE_EVENTS.caseClosed]: typedHandler<CaseClosedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'status = $5, closed_at = $6', [CLOSED_STATUS, event.occurredAt]),
    ),
    [INTAKE_EVENTS.caseReopened]: typedHandler<CaseReopenedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'status = $5, closed_at = NULL', [data.to]),
    ),
    // The event lists every open need after it, so the row takes the list as it stands.
    [INTAKE_EVENTS.needIdentified]: typedHandler<NeedIdentifiedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'needs = $5::jsonb', [JSON.stringify(data.openNeeds)]),
    ),
    [INTAKE_EVENTS.safetyFlagRaised]: typedHandler<SafetyFlagRaisedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'safety_flags = safety_flags || $5::jsonb', [
        JSON.stringify([
          { screeningId: data.screeningId, instrument: data.instrument, followUpDueBy: data.followUpDueBy },
        ]),
      ]),
    ),
    // The latest total of each instrument, which a goal's measure is compared with.
    [INTAKE_EVENTS.screeningScored]: typedHandler<ScreeningScoredV1>((tx, event, data) => {
      const total = data.result.totalScore;
      if (total === undefined) return updateCase(tx, event, data.caseId, 'latest_scores = latest_scores', []);
      return updateCase(tx, event, data.caseId, 'latest_scores = latest_scores || $5::jsonb', [
        JSON.stringify({
          [data.instrument]: { screeningId: data.screeningId, totalScore: total, screenedAt: event.occurredAt },
        }),
      ]);
    }),
  };
}

/** What care plan does with each intake event it follows: its view of the case, and a client's erasure. */
export function buildIntakeHandlers(vault: PersonalDataVault): EventHandlers {
  return { ...buildCaseViewHandlers(), [INTAKE_EVENTS.clientPersonalDataErased]: clientErasureHandler(vault) };
}

/**
 * The published types care plan reads that none of the given contracts publishes: a consumer skips a type it has no
 * handler for, so a version intake replaced would otherwise stop care plan's view without a word. Empty when all
 * are there.
 */
export function typesMissingFrom(contracts: readonly ServiceContract[]): string[] {
  const published = new Set(
    contracts.flatMap((contract) =>
      contract.events.map((event) => publishedTypeOf(contract.service, event.type, event.version)),
    ),
  );
  return Object.values(INTAKE_EVENTS).filter((type) => !published.has(type));
}
