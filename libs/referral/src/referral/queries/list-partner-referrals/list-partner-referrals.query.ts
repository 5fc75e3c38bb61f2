import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import { ReferralAccessLog } from '../../../shared/referral-access-log';
import { InjectReferralVault } from '../../../shared/referral-options';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../referral.decider';
import { ReferralErrors } from '../../referral.errors';
import { REFERRAL_COLUMNS, partnerViewsOf, type PartnerReferralView, type ReferralRow } from '../referral-row';

export type PartnerStatus = Exclude<ReferralStatus, 'draft'>;

/** The statuses a partner sees a referral in: from its send on, never a draft (that is the agency's own). */
export const PARTNER_STATUSES: readonly PartnerStatus[] = REFERRAL_STATUSES.filter(
  (status): status is PartnerStatus => status !== 'draft',
);

export interface PartnerInboxPage {
  readonly referrals: readonly PartnerReferralView[];
  /** What to ask for the next page; null on the last one. */
  readonly next: { readonly updatedAfter: string; readonly afterReferralId: string } | null;
}

export interface PartnerInboxFilter {
  readonly status?: string;
  readonly updatedAfter?: string;
  readonly afterReferralId?: string;
  readonly limit?: number;
}

/**
 * The referrals addressed to the partner's organisation, oldest change first, from their send on (a draft is the
 * agency's own), with only what was disclosed. A page is ordered by (change, id), so polling with `next` misses
 * nothing that changes at the same instant.
 */
@Injectable()
export class ListPartnerReferralsQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectReferralVault() private readonly vault: PersonalDataVault,
    private readonly accessLog: ReferralAccessLog,
  ) {}

  async execute(context: RequestContext, filter: PartnerInboxFilter, view: string): Promise<PartnerInboxPage> {
    const organizationId = partnerOrganizationOf(context);
    if (filter.afterReferralId && !filter.updatedAfter) {
      throw ReferralErrors.invalid('afterReferralId', 'goes with updatedAfter, both from the previous page’s next');
    }
    const limit = filter.limit ?? 100;
    const values: unknown[] = [context.tenantId, organizationId, limit + 1];
    const where: string[] = [];
    if (filter.status) {
      values.push(filter.status);
      where.push(`status = $${values.length}`);
    }
    if (filter.updatedAfter) {
      values.push(new Date(filter.updatedAfter));
      if (filter.afterReferralId) {
        values.push(filter.afterReferralId);
        where.push(`(updated_at, referral_id) > ($${values.length - 1}, $${values.length})`);
      } else {
        where.push(`updated_at > $${values.length}`);
      }
    }
    // The page (its rows, then their disclosed values opened) and the record of its read go to the database at once:
    // the answer waits for both, never for one after the other.
    const [answer] = await Promise.all([
      this.page(where, values, limit),
      this.accessLog.listed(context, { organizationId, view, role: 'provider_partner' }),
    ]);
    return answer;
  }

  /** One page of the inbox: `values` are the tenant, the organisation, the limit and then the filter's. */
  private async page(where: readonly string[], values: readonly unknown[], limit: number): Promise<PartnerInboxPage> {
    const { rows } = await this.pool.query<ReferralRow>(
      `SELECT ${REFERRAL_COLUMNS} FROM referral.referrals
        WHERE tenant_id = $1 AND organization_id = $2 AND requested_at IS NOT NULL
          ${where.map((clause) => `AND ${clause}`).join(' ')}
        ORDER BY updated_at, referral_id LIMIT $3`,
      [...values],
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      referrals: await partnerViewsOf(this.vault, page),
      next:
        rows.length > limit && last
          ? { updatedAfter: last.updated_at.toISOString(), afterReferralId: last.referral_id }
          : null,
    };
  }
}

/** The organisation a partner's token belongs to; a partner token without one sees nothing. */
export function partnerOrganizationOf(context: RequestContext): string {
  const organizationId = context.actor.organizationId;
  if (!organizationId || !context.actor.roles.includes('provider_partner')) {
    throw ReferralErrors.partnerWithoutOrganization();
  }
  return organizationId;
}
