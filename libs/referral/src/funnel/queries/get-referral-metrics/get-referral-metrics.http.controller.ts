import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { partnerOrganizationOf } from '../../../referral/queries/list-partner-referrals/list-partner-referrals.query';
import { GetReferralMetricsQuery, type ReferralMetrics } from './get-referral-metrics.query';
import { GetReferralMetricsRequestDto } from './get-referral-metrics.request.dto';
import { ReferralMetricsDto } from './referral-metrics.dto';

// Aggregates only, no client's data: the agency's supervisors, auditors and admins see the tenant's funnel; a
// provider partner sees its own organisation's.
const AGENCY_READERS: readonly string[] = ['supervisor', 'auditor', 'admin'];
const METRICS_READERS = ['supervisor', 'auditor', 'admin', 'provider_partner'] as const;

@ApiTags('referrals')
@Controller('referral/metrics')
export class GetReferralMetricsHttpController {
  constructor(private readonly query: GetReferralMetricsQuery) {}

  @Roles(...METRICS_READERS)
  @Get()
  @ApiOperation({
    summary: 'The referral funnel, per receiving organisation and program, over a date range',
    description:
      'For the referrals sent from `from` to `to` (the agency’s calendar): how many were accepted, served and completed, the median and 90th-percentile hours to acceptance, to first service and to completion, and where the rest were lost (rejected and failed with their reason codes, cancelled, unanswered past their due time, entered in error). A provider partner sees only its own organisation.',
  })
  @ApiOkResponse({ type: ReferralMetricsDto, description: 'The funnel per receiving organisation and program' })
  metrics(@Query() filter: GetReferralMetricsRequestDto, @Ctx() context: RequestContext): Promise<ReferralMetrics> {
    const agency = context.actor.roles.some((role) => AGENCY_READERS.includes(role));
    const organizationId = agency ? filter.organizationId : partnerOrganizationOf(context);
    return this.query.execute(context, { ...filter, ...(organizationId ? { organizationId } : {}) });
  }
}
