import type { Provider, Type } from '@nestjs/common';
import type { SchemaMigration } from '@casemgmt/kernel';
import type { Projection } from '@casemgmt/read-model';
import { DeactivateWorkerHandler } from './commands/deactivate-worker/deactivate-worker.handler';
import { DeactivateWorkerHttpController } from './commands/deactivate-worker/deactivate-worker.http.controller';
import { ReactivateWorkerHandler } from './commands/reactivate-worker/reactivate-worker.handler';
import { ReactivateWorkerHttpController } from './commands/reactivate-worker/reactivate-worker.http.controller';
import { RegisterWorkerHandler } from './commands/register-worker/register-worker.handler';
import { RegisterWorkerHttpController } from './commands/register-worker/register-worker.http.controller';
import { WorkerRow } from './projections/workers/worker-row.entity';
import { workersProjection } from './projections/workers/workers.projection';
import { ListWorkersHttpController } from './queries/list-workers/list-workers.http.controller';
import { ListWorkersQuery } from './queries/list-workers/list-workers.query';
import { WORKER_MIGRATIONS as MIGRATIONS } from './worker.migrations';

// Everything the worker registry adds to the intake module; intake.module.ts gathers these lists.
export const WORKER_CONTROLLERS: readonly Type[] = [
  RegisterWorkerHttpController,
  DeactivateWorkerHttpController,
  ReactivateWorkerHttpController,
  ListWorkersHttpController,
];
export const WORKER_PROVIDERS: readonly Provider[] = [
  RegisterWorkerHandler,
  DeactivateWorkerHandler,
  ReactivateWorkerHandler,
  ListWorkersQuery,
];
export const WORKER_ENTITIES: readonly Type[] = [WorkerRow];
export const WORKER_PROJECTIONS: readonly Projection[] = [workersProjection];
export const WORKER_MIGRATIONS: readonly SchemaMigration[] = MIGRATIONS;
