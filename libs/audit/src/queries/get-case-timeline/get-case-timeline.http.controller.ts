import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { AuditAccessLog } from '../../access/audit-access-log';
import { CaseTimelineDto } from './case-timeline.dto';
import { GetCaseTimelineQuery, type CaseTimeline } from './get-case-timeline.query';

@ApiTags('audit')
@Controller('audit/cases')
export class GetCaseTimelineHttpController {
  constructor(
    private readonly query: GetCaseTimelineQuery,
    private readonly accessLog: AuditAccessLog,
  ) {}

  @Roles('auditor')
  @Get(':caseId/timeline')
  @ApiOperation({
    summary: 'Who did what to a case, and who looked at it, when: occurred and recorded times, in chain order',
    description: 'The read is itself recorded in the chain (audit.RecordAccessed), after the entries it answers.',
  })
  @ApiOkResponse({
    type: CaseTimelineDto,
    description: '{ caseId, entries: [{ sequence, type, kind, actor, occurredAt, recordedAt, ... }] }',
  })
  @ApiNotFoundResponse({ description: 'Nothing was recorded about the case in this tenant' })
  async timeline(@Param('caseId') caseId: string, @Ctx() context: RequestContext): Promise<CaseTimeline> {
    const timeline = await this.query.execute(context.tenantId, caseId);
    // Auditors' reads are views of case data like anyone's (DESIGN §8): recorded before the answer leaves.
    await this.accessLog.viewed(context, caseId, 'GET /audit/cases/{caseId}/timeline', 'auditor');
    return timeline;
  }
}
