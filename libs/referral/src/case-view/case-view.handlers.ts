import type { SqlTransaction } from '@casemgmt/event-store';
import type { EventHandlers, IncomingEvent } from '@casemgmt/messaging';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import {
  INTAKE_EVENTS,
  dataOf,
  typed,
  type CaseAssignedV1,
  type CaseClosedV1,
  type CaseOpenedV1,
  type CaseReopenedV1,
  type CaseStatusChangedV1,
  type CaseTransferredV1,
  type ClientPersonalDataErasedV1,
  type NeedIdentifiedV1,
} from './intake-events';
import { CLOSED_STATUS } from './case-scope';

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
    `UPDATE referral.cases SET ${assignments}, last_stream_version = $3, updated_at = $4
      WHERE tenant_id = $1 AND case_id = $2 AND last_stream_version < $3`,
    [event.metadata.tenantId, caseId, event.streamVersion, event.recordedAt, ...values],
  );
}

/**
 * What referral does with each intake event it follows: its view of the case (who may refer, for which needs), and
 * a client's erasure, after which referral's copy of the client's key is shredded too, so the values it disclosed
 * and the notes it keeps read as nothing.
 */
export function buildIntakeHandlers(vault: PersonalDataVault): EventHandlers {
  return {
    [INTAKE_EVENTS.caseOpened]: typed<CaseOpenedV1>(async (tx, event, data) => {
      await tx.query(
        `INSERT INTO referral.cases
           (tenant_id, case_id, client_id, program, status, team_id, last_stream_version, updated_at)
         VALUES ($1, $2, $3, $4, 'opened', $5, $6, $7)
         ON CONFLICT (tenant_id, case_id) DO NOTHING`,
        [
          event.metadata.tenantId,
          data.caseId,
          data.clientId,
          data.programId,
          data.teamId,
          event.streamVersion,
          event.recordedAt,
        ],
      );
    }),
    [INTAKE_EVENTS.caseAssigned]: typed<CaseAssignedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'case_manager_id = $5', [data.caseManagerId]),
    ),
    // A transfer ends the assignment: the receiving team assigns the case anew.
    [INTAKE_EVENTS.caseTransferred]: typed<CaseTransferredV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'team_id = $5, case_manager_id = NULL', [data.toTeamId]),
    ),
    [INTAKE_EVENTS.caseStatusChanged]: typed<CaseStatusChangedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'status = $5', [data.to]),
    ),
    [INTAKE_EVENTS.caseClosed]: typed<CaseClosedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'status = $5', [CLOSED_STATUS]),
    ),
    [INTAKE_EVENTS.caseReopened]: typed<CaseReopenedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'status = $5', [data.to]),
    ),
    // The event lists every open need after it, so the row takes the list as it stands.
    [INTAKE_EVENTS.needIdentified]: typed<NeedIdentifiedV1>((tx, event, data) =>
      updateCase(tx, event, data.caseId, 'needs = $5::jsonb', [JSON.stringify(data.openNeeds)]),
    ),
    [INTAKE_EVENTS.clientPersonalDataErased]: async (event) => {
      const { clientId } = dataOf<ClientPersonalDataErasedV1>(event);
      await vault.shred(event.metadata.tenantId, clientId);
    },
  };
}
