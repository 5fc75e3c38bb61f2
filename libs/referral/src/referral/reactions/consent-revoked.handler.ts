import { handleCommand } from '@casemgmt/decider';
import type { EventActor, EventStore, SqlTransaction } from '@casemgmt/event-store';
import type { EventHandler } from '@casemgmt/messaging';
import { dataOf, type ConsentRevokedV1 } from '../../case-view/intake-events';
import { referralStreamId } from '../../shared/referral-streams';
import { referralDecider } from '../referral.decider';

/** A revocation as referral keeps it, to note on the referrals disclosed under the consent. */
export interface RevokedConsent {
  readonly tenantId: string;
  readonly consentId: string;
  readonly revokedAt: string;
  readonly actor: EventActor;
  readonly correlationId: string;
}

/**
 * When intake records a revocation, every referral disclosed under that consent takes note of it, so its partner is
 * told (the webhook, the inbox) and nothing more is disclosed under it; what was disclosed is not recalled. The send
 * itself never relies on this: it asks intake at the moment of disclosure (ADR 0033). The revocation is kept, so a
 * disclosure the read model takes only after it is noted then ({@link noteIfRevoked}). Appending is idempotent (the
 * decider notes a consent once), so a redelivered revocation changes nothing.
 */
export function consentRevokedHandler(store: EventStore): EventHandler {
  return async (event, tx) => {
    const { consentId, revokedAt } = dataOf<ConsentRevokedV1>(event);
    const { tenantId, actor, correlationId } = event.metadata;
    await tx.query(
      `INSERT INTO referral.revoked_consents (tenant_id, consent_id, revoked_at, actor, correlation_id)
       VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (tenant_id, consent_id) DO NOTHING`,
      [tenantId, consentId, revokedAt, JSON.stringify(actor), correlationId],
    );
    const { rows } = await tx.query<{ referral_id: string; case_id: string; client_id: string | null }>(
      'SELECT referral_id, case_id, client_id FROM referral.referrals WHERE tenant_id = $1 AND consent_id = $2',
      [tenantId, consentId],
    );
    for (const row of rows) {
      await noteRevocation(store, { tenantId, consentId, revokedAt, actor, correlationId }, row);
    }
  };
}

/** On a disclosure the read model takes: notes the consent's revocation if referral already heard of it. */
export async function noteIfRevoked(
  store: EventStore,
  tx: SqlTransaction,
  tenantId: string,
  consentId: string,
  referral: { readonly referral_id: string; readonly case_id: string; readonly client_id: string | null },
): Promise<void> {
  const { rows } = await tx.query<{ revoked_at: Date; actor: EventActor; correlation_id: string }>(
    'SELECT revoked_at, actor, correlation_id FROM referral.revoked_consents WHERE tenant_id = $1 AND consent_id = $2',
    [tenantId, consentId],
  );
  const revoked = rows[0];
  if (!revoked) return;
  await noteRevocation(
    store,
    {
      tenantId,
      consentId,
      revokedAt: revoked.revoked_at.toISOString(),
      actor: revoked.actor,
      correlationId: revoked.correlation_id,
    },
    referral,
  );
}

async function noteRevocation(
  store: EventStore,
  revoked: RevokedConsent,
  referral: { readonly referral_id: string; readonly case_id: string; readonly client_id: string | null },
): Promise<void> {
  await handleCommand(
    store,
    referralStreamId('referral', referral.referral_id),
    referralDecider,
    {
      type: 'NoteConsentRevoked',
      data: { referralId: referral.referral_id, consentId: revoked.consentId, revokedAt: revoked.revokedAt },
      metadata: {
        tenantId: revoked.tenantId,
        actor: revoked.actor,
        correlationId: revoked.correlationId,
        now: new Date(),
      },
    },
    undefined,
    { caseId: referral.case_id, ...(referral.client_id ? { clientId: referral.client_id } : {}) },
  );
}
