import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool } from '@casemgmt/event-store';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import { ReferralAccessLog } from '../../../shared/referral-access-log';
import { InjectReferralVault } from '../../../shared/referral-options';
import { ReferralErrors } from '../../referral.errors';
import { partnerOrganizationOf } from '../list-partner-referrals/list-partner-referrals.query';
import { REFERRAL_COLUMNS, partnerViewOf, type PartnerReferralView, type ReferralRow } from '../referral-row';

/** One referral addressed to the partner's organisation; any other reads as not found. */
@Injectable()
export class GetPartnerReferralQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectReferralVault() private readonly vault: PersonalDataVault,
    private readonly accessLog: ReferralAccessLog,
  ) {}

  async execute(context: RequestContext, referralId: string, view: string): Promise<PartnerReferralView> {
    const organizationId = partnerOrganizationOf(context);
    const { rows } = await this.pool.query<ReferralRow>(
      `SELECT ${REFERRAL_COLUMNS} FROM referral.referrals
        WHERE tenant_id = $1 AND referral_id = $2 AND organization_id = $3 AND requested_at IS NOT NULL`,
      [context.tenantId, referralId, organizationId],
    );
    const row = rows[0];
    if (!row) throw ReferralErrors.notFound(referralId);
    await this.accessLog.read(context, {
      subjectId: referralId,
      caseId: row.case_id,
      clientId: row.client_id,
      view,
      role: 'provider_partner',
    });
    return partnerViewOf(this.vault, row);
  }
}
