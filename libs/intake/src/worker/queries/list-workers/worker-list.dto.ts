import { ApiProperty } from '@nestjs/swagger';
import { WORKER_ROLES, type WorkerRole } from '../../worker.decider';
import type { ListedWorker, WorkerList } from './list-workers.query';

// `GET /intake/workers` as the OpenAPI document describes it.

export class ListedWorkerDto implements ListedWorker {
  @ApiProperty({ description: 'The worker’s user id (token subject)' })
  readonly workerId!: string;

  @ApiProperty()
  readonly displayName!: string;

  @ApiProperty()
  readonly teamId!: string;

  @ApiProperty({ enum: WORKER_ROLES, isArray: true })
  readonly roles!: WorkerRole[];

  @ApiProperty({ description: 'False once deactivated: listed only when asked for' })
  readonly active!: boolean;
}

export class WorkerListDto implements WorkerList {
  @ApiProperty({ type: String, nullable: true, description: 'The team listed; null for the whole agency' })
  readonly teamId!: string | null;

  @ApiProperty({ type: [ListedWorkerDto], description: 'By worker id' })
  readonly workers!: ListedWorkerDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The `after` of the next page; null on the last' })
  readonly next!: string | null;
}
