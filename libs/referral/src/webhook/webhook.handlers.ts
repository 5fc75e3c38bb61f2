import { randomUUID } from 'node:crypto';
import type { SqlTransaction } from '@casemgmt/event-store';
import type { EventHandler, EventHandlers, IncomingEvent } from '@casemgmt/messaging';
import { referralEventType } from '../referral/projections/referrals/referrals.handlers';
import { REFERRAL_PUBLISHED_EVENTS } from '../referral/referral.contract';

// Every change to a referral the partner can see notifies its organisation's webhook, if it has one, in the
// consumer's transaction: the command that made the change never waits on a partner's endpoint.
async function enqueue(tx: SqlTransaction, event: IncomingEvent, referralId: string): Promise<void> {
  await tx.query(
    `INSERT INTO referral.webhook_outbox
       (notification_id, tenant_id, organization_id, referral_id, event_type, event_id, occurred_at)
     SELECT $1, r.tenant_id, r.organization_id, r.referral_id, $4, $5, $6
       FROM referral.webhook_referrals r
       JOIN referral.webhooks w ON w.tenant_id = r.tenant_id AND w.organization_id = r.organization_id
      WHERE r.tenant_id = $2 AND r.referral_id = $3 AND r.visible
     ON CONFLICT (event_id) DO NOTHING`,
    [randomUUID(), event.metadata.tenantId, referralId, event.type, event.eventId, event.occurredAt],
  );
}

const referralIdOf = (event: IncomingEvent): string => String(event.data['referralId']);

/** The webhooks' handlers of referral's own events: drafts are the agency's own; from the send on, all notify. */
export function buildWebhookHandlers(): EventHandlers {
  const notify: EventHandler = (event, tx) => enqueue(tx, event, referralIdOf(event));
  const handlers: Record<string, EventHandler> = Object.fromEntries(
    REFERRAL_PUBLISHED_EVENTS.map((contract) => [referralEventType(contract.type as never), notify]),
  );
  handlers[referralEventType('ReferralDrafted')] = async (event, tx) => {
    const target = event.data['target'] as { readonly organizationId: string };
    await tx.query(
      `INSERT INTO referral.webhook_referrals (tenant_id, referral_id, organization_id) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, referral_id) DO NOTHING`,
      [event.metadata.tenantId, referralIdOf(event), target.organizationId],
    );
  };
  handlers[referralEventType('ReferralRequested')] = async (event, tx) => {
    await tx.query('UPDATE referral.webhook_referrals SET visible = true WHERE tenant_id = $1 AND referral_id = $2', [
      event.metadata.tenantId,
      referralIdOf(event),
    ]);
    await enqueue(tx, event, referralIdOf(event));
  };
  return handlers;
}
