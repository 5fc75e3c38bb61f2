import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { WorkerIdParamDto, WorkerWriteResponseDto } from '../../worker-http.dto';
import { WORKER_REGISTRARS } from '../../worker.roles';
import { ReactivateWorkerHandler } from './reactivate-worker.handler';
import { ReactivateWorkerRequestDto } from './reactivate-worker.request.dto';

@ApiTags('intake: workers')
@Controller('intake/workers')
export class ReactivateWorkerHttpController {
  constructor(private readonly handler: ReactivateWorkerHandler) {}

  @Roles(...WORKER_REGISTRARS)
  @Post(':workerId/reactivation')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reactivate a deactivated worker: cases can be assigned to them again',
    description: 'Reactivating an active worker records nothing.',
  })
  @ApiOkResponse({ type: WorkerWriteResponseDto })
  @ApiNotFoundResponse({ description: 'INTAKE.WORKER_NOT_FOUND: nobody of that id is registered' })
  async reactivate(
    @Param() { workerId }: WorkerIdParamDto,
    @Body() body: ReactivateWorkerRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WorkerWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'ReactivateWorker',
        data: { workerId },
        metadata: commandMetadataFrom(context, WORKER_REGISTRARS),
      },
      body?.expectedVersion,
    );
    return { id: workerId, version: result.version, changed: result.events.length > 0 };
  }
}
