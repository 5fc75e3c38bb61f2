import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { WorkerIdParamDto, WorkerWriteResponseDto } from '../../worker-http.dto';
import { WORKER_REGISTRARS } from '../../worker.roles';
import { DeactivateWorkerHandler } from './deactivate-worker.handler';
import { DeactivateWorkerRequestDto } from './deactivate-worker.request.dto';

@ApiTags('intake: workers')
@Controller('intake/workers')
export class DeactivateWorkerHttpController {
  constructor(private readonly handler: DeactivateWorkerHandler) {}

  @Roles(...WORKER_REGISTRARS)
  @Post(':workerId/deactivation')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Deactivate a worker who leaves or stops taking cases',
    description:
      'No case can be assigned to them afterwards; the cases they hold stay theirs until a supervisor reassigns them. Deactivating an inactive worker records nothing.',
  })
  @ApiOkResponse({ type: WorkerWriteResponseDto })
  @ApiNotFoundResponse({ description: 'INTAKE.WORKER_NOT_FOUND: nobody of that id is registered' })
  async deactivate(
    @Param() { workerId }: WorkerIdParamDto,
    @Body() body: DeactivateWorkerRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WorkerWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'DeactivateWorker',
        data: { workerId, reason: body.reason },
        metadata: commandMetadataFrom(context, WORKER_REGISTRARS),
      },
      body.expectedVersion,
    );
    return { id: workerId, version: result.version, changed: result.events.length > 0 };
  }
}
