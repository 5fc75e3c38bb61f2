import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { TeamWorklistDto } from '../worklist-http.dto';
import { GetTeamWorklistQuery, type TeamWorklist } from './get-team-worklist.query';
import { GetTeamWorklistRequestDto } from './get-team-worklist.request.dto';

@ApiTags('care plan: worklist')
@Controller('care-plan/worklist')
export class GetTeamWorklistHttpController {
  constructor(private readonly query: GetTeamWorklistQuery) {}

  @Roles('supervisor', 'admin', 'auditor')
  @Get()
  @ApiOperation({
    summary: 'What the team has to do on its cases, and by when: overdue first, then soonest due',
    description:
      'Every open item of the team’s cases, with the case manager working each (null while unassigned); a referral the provider has not answered in time carries its escalation to the team’s supervisors and since when. A supervisor reads their own team; admins and auditors any team of the tenant. Each listed case is a recorded read.',
  })
  @ApiOkResponse({
    type: TeamWorklistDto,
    description: 'The items, with how many minutes each is overdue and what satisfies it',
  })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: teamId missing or malformed' })
  @ApiForbiddenResponse({ description: 'CARE_PLAN.TEAM_WORKLIST_FORBIDDEN: a supervisor asked for another team' })
  get(@Query() { teamId }: GetTeamWorklistRequestDto, @Ctx() context: RequestContext): Promise<TeamWorklist> {
    return this.query.execute(context, teamId);
  }
}
