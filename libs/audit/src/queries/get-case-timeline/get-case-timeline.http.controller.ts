import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { GetCaseTimelineQuery, type CaseTimeline } from './get-case-timeline.query';

@ApiTags('audit')
@Controller('audit/cases')
export class GetCaseTimelineHttpController {
  constructor(private readonly query: GetCaseTimelineQuery) {}

  @Roles('auditor')
  @Get(':caseId/timeline')
  @ApiOperation({
    summary: 'Who did what to a case, and who looked at it, when: occurred and recorded times, in chain order',
  })
  @ApiOkResponse({ description: '{ caseId, entries: [{ sequence, type, kind, actor, occurredAt, recordedAt, ... }] }' })
  @ApiNotFoundResponse({ description: 'Nothing was recorded about the case in this tenant' })
  timeline(@Param('caseId') caseId: string, @Ctx() context: RequestContext): Promise<CaseTimeline> {
    return this.query.execute(context.tenantId, caseId);
  }
}
