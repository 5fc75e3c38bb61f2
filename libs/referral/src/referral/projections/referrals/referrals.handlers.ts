import type { EventStore, SqlTransaction } from '@casemgmt/event-store';
import { publishedTypeOf, type EventHandler, type EventHandlers, type IncomingEvent } from '@casemgmt/messaging';
import type { ReferralEvent } from '../../referral.decider';
import { noteIfRevoked } from '../../reactions/consent-revoked.handler';

type DataOf<T extends ReferralEvent['type']> = Extract<ReferralEvent, { type: T }>['data'];

/** The published type of a referral event, as the consumer hands it over. */
export const referralEventType = (type: ReferralEvent['type']): string => publishedTypeOf('referral', type, 1);

function on<T extends ReferralEvent['type']>(
  type: T,
  apply: (tx: SqlTransaction, event: IncomingEvent, data: DataOf<T>) => Promise<unknown>,
): EventHandlers {
  const handler: EventHandler = async (event, tx) => {
    await apply(tx, event, event.data as unknown as DataOf<T>);
  };
  return { [referralEventType(type)]: handler };
}

/**
 * Changes the referral's row; the row follows only later versions of the stream, so an event handled again after a
 * redelivery the inbox did not catch changes nothing.
 */
function update(
  tx: SqlTransaction,
  event: IncomingEvent,
  referralId: string,
  assignments: string,
  values: readonly unknown[],
): Promise<unknown> {
  return tx.query(
    `UPDATE referral.referrals SET ${assignments}, last_stream_version = $3, updated_at = $4
      WHERE tenant_id = $1 AND referral_id = $2 AND last_stream_version < $3`,
    [event.metadata.tenantId, referralId, event.streamVersion, event.recordedAt, ...values],
  );
}

/**
 * Referral's rows of its referrals, from its own events: the agency's lists, the partners' inbox and the funnel. A
 * disclosure under a consent referral already knows was revoked is noted on the referral at once (`store`).
 */
export function buildReferralsHandlers(store: EventStore): EventHandlers {
  return {
    ...on('ReferralDrafted', (tx, event, data) =>
      tx.query(
        `INSERT INTO referral.referrals
           (tenant_id, referral_id, case_id, client_id, program, need, goal_id, organization_id, service_id,
            location_id, listing_version, warnings, status, created_at, updated_at, last_stream_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, 'draft', $13, $14, $15)
         ON CONFLICT (tenant_id, referral_id) DO NOTHING`,
        [
          event.metadata.tenantId,
          data.referralId,
          data.caseId,
          event.metadata.clientId ?? null,
          data.program,
          data.need,
          data.goalId,
          data.target.organizationId,
          data.target.serviceId,
          data.target.locationId,
          data.target.listingVersion,
          JSON.stringify(data.warnings),
          event.occurredAt,
          event.recordedAt,
          event.streamVersion,
        ],
      ),
    ),
    ...on('ReferralRequested', (tx, event, data) =>
      update(tx, event, data.referralId, `status = 'requested', requested_at = $5, answer_due_at = $6`, [
        event.occurredAt,
        data.answerDueAt,
      ]),
    ),
    // The values stay as the event sealed them: opened with the client's key at each read.
    ...on('ReferralDisclosed', async (tx, event, data) => {
      await update(
        tx,
        event,
        data.referralId,
        'consent_id = $5, purpose = $6, fields = $7::jsonb, disclosed = $8::jsonb',
        [
          data.consentId,
          data.purpose,
          JSON.stringify(data.fields),
          data.personal === null || data.personal === undefined ? null : JSON.stringify(data.personal),
        ],
      );
      await noteIfRevoked(store, tx, event.metadata.tenantId, data.consentId, {
        referral_id: data.referralId,
        case_id: data.caseId,
        client_id: event.metadata.clientId ?? null,
      });
    }),
    // The funnel's instants: the first acceptance and the first service (started, or completed without a start).
    ...on('ReferralStatusChanged', (tx, event, data) =>
      update(
        tx,
        event,
        data.referralId,
        `status = $5,
         accepted_at = CASE WHEN $5 = 'accepted' THEN COALESCE(accepted_at, $6) ELSE accepted_at END,
         first_service_at = CASE WHEN $5 = 'in-progress' THEN COALESCE(first_service_at, $6) ELSE first_service_at END,
         ended_at = CASE WHEN $5 IN ('cancelled', 'entered-in-error') THEN $6 ELSE ended_at END`,
        [data.to, event.occurredAt],
      ),
    ),
    ...on('ReferralRejected', (tx, event, data) =>
      update(tx, event, data.referralId, `status = 'rejected', reason = $5, ended_at = $6`, [
        data.reason,
        event.occurredAt,
      ]),
    ),
    ...on('ReferralFailed', (tx, event, data) =>
      update(tx, event, data.referralId, `status = 'failed', reason = $5, ended_at = $6`, [
        data.reason,
        event.occurredAt,
      ]),
    ),
    ...on('ReferralCompleted', (tx, event, data) =>
      update(
        tx,
        event,
        data.referralId,
        `status = 'completed', delivered_on = $5, follow_up_due_on = $6, completed_at = $7, ended_at = $7,
         first_service_at = COALESCE(first_service_at, $7)`,
        [data.deliveredOn, data.followUpDueOn, event.occurredAt],
      ),
    ),
    ...on('ReferralConsentRevoked', (tx, event, data) =>
      update(tx, event, data.referralId, 'consent_revoked_at = $5', [data.revokedAt]),
    ),
    ...on('ReferralFollowedUp', (tx, event, data) =>
      update(tx, event, data.referralId, 'follow_up_result = $5', [data.result]),
    ),
  };
}
