import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { CaseStateAsOfDto } from './case-state.dto';
import { GetCaseStateQuery, type CaseStateAsOf } from './get-case-state.query';
import { GetCaseStateRequestDto } from './get-case-state.request.dto';

@ApiTags('audit')
@Controller('audit/cases')
export class GetCaseStateHttpController {
  constructor(
    private readonly query: GetCaseStateQuery,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor')
  @Get(':caseId/state')
  @ApiOperation({
    summary: 'A case as it stood at `asOf`, replayed from the audit trail with its services’ own evolve functions',
    description:
      'Intake’s case in `state`; in `related`, the case’s care plans (which version was approved then) and casework, ' +
      'replayed with care plan’s evolve, and its referrals (status, target, disclosures, reason, outcome date, ' +
      'follow-up), each replayed with referral’s evolve.',
  })
  @ApiOkResponse({
    type: CaseStateAsOfDto,
    description:
      '{ caseId, asOf, basis, version, state, eventsApplied, related: { carePlans, casework, referrals: [{ streamId, version, state, eventsApplied }] } }',
  })
  @ApiNotFoundResponse({ description: 'Nothing was recorded about the case in this tenant by then' })
  async state(
    @Param('caseId') caseId: string,
    @Query() query: GetCaseStateRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseStateAsOf> {
    const state = await this.query.execute(context.tenantId, caseId, new Date(query.asOf), query.basis ?? 'recorded');
    await this.accessLog.viewed(context, caseId, 'GET /audit/cases/{caseId}/state', 'auditor');
    return state;
  }
}
