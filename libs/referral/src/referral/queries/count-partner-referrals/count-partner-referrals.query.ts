import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { ReferralAccessLog } from '../../../shared/referral-access-log';
import {
  PARTNER_STATUSES,
  partnerOrganizationOf,
  type PartnerStatus,
} from '../list-partner-referrals/list-partner-referrals.query';

export interface PartnerReferralCounts {
  /** Every status a partner sees, in the order of the status machine, with how many referrals are in it. */
  readonly statuses: readonly { readonly status: PartnerStatus; readonly count: number }[];
  readonly total: number;
}

/**
 * How many referrals sent to the partner's organisation are in each status: one grouped read of the inbox's read
 * model, scoped as the inbox is (the tenant, the organisation, sent), and recorded as a read of the inbox.
 */
@Injectable()
export class CountPartnerReferralsQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    private readonly accessLog: ReferralAccessLog,
  ) {}

  async execute(context: RequestContext, view: string): Promise<PartnerReferralCounts> {
    const organizationId = partnerOrganizationOf(context);
    const [{ rows }] = await Promise.all([
      this.pool.query<{ status: string; count: number }>(
        `SELECT status, count(*)::int AS count FROM referral.referrals
          WHERE tenant_id = $1 AND organization_id = $2 AND requested_at IS NOT NULL
          GROUP BY status`,
        [context.tenantId, organizationId],
      ),
      this.accessLog.listed(context, { organizationId, view, role: 'provider_partner' }),
    ]);
    const counted = new Map(rows.map((row) => [row.status, row.count]));
    const statuses = PARTNER_STATUSES.map((status) => ({ status, count: counted.get(status) ?? 0 }));
    return { statuses, total: statuses.reduce((sum, each) => sum + each.count, 0) };
  }
}
