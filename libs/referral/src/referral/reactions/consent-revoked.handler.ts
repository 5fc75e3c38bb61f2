import { handleCommand } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import type { EventHandler } from '@casemgmt/messaging';
import { dataOf, type ConsentRevokedV1 } from '../../case-view/intake-events';
import { referralStreamId } from '../../shared/referral-streams';
import { referralDecider } from '../referral.decider';

/**
 * When intake records a revocation, every referral disclosed under that consent takes note of it, so its partner is
 * told (the webhook, the inbox) and nothing more is disclosed under it; what was disclosed is not recalled. The send
 * itself never relies on this: it asks intake at the moment of disclosure (ADR 0033). Appending is idempotent (the
 * decider notes a consent once), so a redelivered revocation changes nothing.
 */
export function consentRevokedHandler(store: EventStore): EventHandler {
  return async (event, tx) => {
    const { consentId, revokedAt } = dataOf<ConsentRevokedV1>(event);
    const { tenantId } = event.metadata;
    const { rows } = await tx.query<{ referral_id: string; case_id: string; client_id: string | null }>(
      'SELECT referral_id, case_id, client_id FROM referral.referrals WHERE tenant_id = $1 AND consent_id = $2',
      [tenantId, consentId],
    );
    for (const row of rows) {
      await handleCommand(
        store,
        referralStreamId('referral', row.referral_id),
        referralDecider,
        {
          type: 'NoteConsentRevoked',
          data: { referralId: row.referral_id, consentId, revokedAt },
          metadata: {
            tenantId,
            actor: event.metadata.actor,
            correlationId: event.metadata.correlationId,
            now: new Date(),
          },
        },
        undefined,
        { caseId: row.case_id, ...(row.client_id ? { clientId: row.client_id } : {}) },
      );
    }
  };
}
