import { Controller, Get, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { WORKER_READERS } from '../../worker.roles';
import { ListWorkersQuery, type WorkerList } from './list-workers.query';
import { WorkerListDto } from './worker-list.dto';
import { ListWorkersRequestDto } from './list-workers.request.dto';

@ApiTags('intake: workers')
@Controller('intake/workers')
export class ListWorkersHttpController {
  constructor(private readonly query: ListWorkersQuery) {}

  @Roles(...WORKER_READERS)
  @Get()
  @ApiOperation({
    summary: 'The registered workers of a team: who a case can be assigned to',
    description: 'Supervisors and intake workers list their own team; admins any team, or the whole agency.',
  })
  @ApiOkResponse({ type: WorkerListDto, description: 'Workers by id, a page at a time' })
  @ApiForbiddenResponse({ description: 'INTAKE.TEAM_WORKERS_FORBIDDEN: another team was asked for' })
  list(@Query() query: ListWorkersRequestDto, @Ctx() context: RequestContext): Promise<WorkerList> {
    return this.query.execute(context, query);
  }
}
