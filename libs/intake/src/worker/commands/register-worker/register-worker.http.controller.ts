import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { WorkerIdParamDto, WorkerWriteResponseDto } from '../../worker-http.dto';
import { WORKER_REGISTRARS } from '../../worker.roles';
import { RegisterWorkerHandler } from './register-worker.handler';
import { RegisterWorkerRequestDto } from './register-worker.request.dto';

@ApiTags('intake: workers')
@Controller('intake/workers')
export class RegisterWorkerHttpController {
  constructor(private readonly handler: RegisterWorkerHandler) {}

  @Roles(...WORKER_REGISTRARS)
  @Put(':workerId')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Register a worker, or set a registered worker’s name, team and roles',
    description:
      'The id is the worker’s token subject. Cases are assigned only to active case managers registered in the case’s team. Setting the same details records nothing (changed: false); a deactivated worker stays deactivated.',
  })
  @ApiOkResponse({ type: WorkerWriteResponseDto })
  async register(
    @Param() { workerId }: WorkerIdParamDto,
    @Body() body: RegisterWorkerRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WorkerWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'RegisterWorker',
        data: { workerId, displayName: body.displayName, teamId: body.teamId, roles: body.roles },
        metadata: commandMetadataFrom(context, WORKER_REGISTRARS),
      },
      body.expectedVersion,
    );
    return { id: workerId, version: result.version, changed: result.events.length > 0 };
  }
}
