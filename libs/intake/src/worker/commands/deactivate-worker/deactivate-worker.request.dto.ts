import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { WorkerExpectedVersionDto } from '../../worker-http.dto';
import { WORKER_DEACTIVATION_REASONS, type WorkerDeactivationReason } from '../../worker.decider';

export class DeactivateWorkerRequestDto extends WorkerExpectedVersionDto {
  @ApiProperty({ description: 'Why the worker stops taking cases', enum: WORKER_DEACTIVATION_REASONS })
  @IsIn(WORKER_DEACTIVATION_REASONS)
  readonly reason!: WorkerDeactivationReason;
}
