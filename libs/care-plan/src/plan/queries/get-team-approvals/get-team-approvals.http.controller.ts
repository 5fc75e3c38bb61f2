import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { GetTeamApprovalsQuery, type TeamApprovals } from './get-team-approvals.query';
import { GetTeamApprovalsRequestDto } from './get-team-approvals.request.dto';
import { TeamApprovalsDto } from './team-approvals.dto';

@ApiTags('care plan: plans')
@Controller('care-plan/approvals')
export class GetTeamApprovalsHttpController {
  constructor(private readonly query: GetTeamApprovalsQuery) {}

  @Roles('supervisor', 'admin', 'auditor')
  @Get()
  @ApiOperation({
    summary: 'The approvals queue of a team: plans of its open cases with a version awaiting approval or return',
    description:
      'First submissions and plans changed since their last approval alike. A supervisor reads their own team; admins and auditors any team of the tenant. Each case with a plan listed is a recorded read.',
  })
  @ApiOkResponse({ type: TeamApprovalsDto, description: 'The plans awaiting a decision, oldest case first' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: teamId missing or malformed' })
  @ApiForbiddenResponse({ description: 'CARE_PLAN.TEAM_APPROVALS_FORBIDDEN: a supervisor asked for another team' })
  get(@Query() { teamId }: GetTeamApprovalsRequestDto, @Ctx() context: RequestContext): Promise<TeamApprovals> {
    return this.query.execute(context, teamId);
  }
}
