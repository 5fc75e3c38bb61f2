import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { ReferralAccessLog } from '../../../shared/referral-access-log';
import { InjectReferralEventStore } from '../../../shared/referral-options';
import { referralStreamId } from '../../../shared/referral-streams';
import { ReferralErrors } from '../../referral.errors';
import type { ReferralEvent } from '../../referral.events';
import { partnerOrganizationOf } from '../list-partner-referrals/list-partner-referrals.query';
import { partnerHistoryOf, type PartnerHistoryEntry } from './partner-referral-history';

export interface PartnerReferralHistory {
  readonly referralId: string;
  readonly entries: readonly PartnerHistoryEntry[];
}

/**
 * The moves of one referral addressed to the partner's organisation, from its own stream, so a move just made is in
 * it. Scoped as the partner's other reads are (the tenant, the organisation, sent): any other referral reads as not
 * found; the read is in the access log.
 */
@Injectable()
export class GetPartnerReferralHistoryQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectReferralEventStore() private readonly store: EventStore,
    private readonly accessLog: ReferralAccessLog,
  ) {}

  async execute(context: RequestContext, referralId: string, view: string): Promise<PartnerReferralHistory> {
    const organizationId = partnerOrganizationOf(context);
    const { rows } = await this.pool.query<{ case_id: string; client_id: string | null }>(
      `SELECT case_id, client_id FROM referral.referrals
        WHERE tenant_id = $1 AND referral_id = $2 AND organization_id = $3 AND requested_at IS NOT NULL`,
      [context.tenantId, referralId, organizationId],
    );
    const row = rows[0];
    if (!row) throw ReferralErrors.notFound(referralId);
    const events = await this.store.readStream<ReferralEvent>(referralStreamId('referral', referralId));
    // The row is this tenant's; a stream with another tenant's events in it would be a fault, and reads as not found.
    if (events.some((event) => event.metadata.tenantId !== context.tenantId)) throw ReferralErrors.notFound(referralId);
    await this.accessLog.read(context, {
      subjectId: referralId,
      caseId: row.case_id,
      clientId: row.client_id,
      view,
      role: 'provider_partner',
    });
    return {
      referralId,
      entries: partnerHistoryOf(
        events.map((event) => ({ event, occurredAt: event.occurredAt, recordedAt: event.recordedAt })),
      ),
    };
  }
}
