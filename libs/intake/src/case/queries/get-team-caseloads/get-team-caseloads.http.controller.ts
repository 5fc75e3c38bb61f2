import { Controller, Get, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { GetTeamCaseloadsQuery, type TeamCaseloads } from './get-team-caseloads.query';
import { GetTeamCaseloadsRequestDto } from './get-team-caseloads.request.dto';
import { TeamCaseloadsDto } from './team-caseloads.dto';

@ApiTags('intake: caseloads')
@Controller('intake/caseloads')
export class GetTeamCaseloadsHttpController {
  constructor(private readonly query: GetTeamCaseloadsQuery) {}

  @Roles('supervisor', 'admin', 'auditor')
  @Get()
  @ApiOperation({
    summary: 'Caseloads of a team: open cases per case manager with counts, and the unassigned queue',
    description: 'Each case of the unassigned queue is a recorded read (RecordAccessed).',
  })
  @ApiOkResponse({ type: TeamCaseloadsDto, description: 'The team’s caseloads' })
  @ApiForbiddenResponse({ description: 'INTAKE.TEAM_CASELOAD_FORBIDDEN: a supervisor asked for another team' })
  get(@Query() query: GetTeamCaseloadsRequestDto, @Ctx() context: RequestContext): Promise<TeamCaseloads> {
    return this.query.execute(context, query.teamId);
  }
}
