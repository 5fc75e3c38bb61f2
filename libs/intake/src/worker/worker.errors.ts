import type { DomainError } from '@casemgmt/kernel';
import { intakeError } from '../shared/intake-error';

export type WorkerErrorCode = 'INTAKE.WORKER_NOT_FOUND' | 'INTAKE.INVALID_WORKER' | 'INTAKE.TEAM_WORKERS_FORBIDDEN';

export const WorkerErrors = {
  notFound: (workerId: string) =>
    intakeError('INTAKE.WORKER_NOT_FOUND', 'not_found', `Worker ${workerId} is not registered`, { workerId }),
  invalid: (field: string, reason: string) =>
    intakeError('INTAKE.INVALID_WORKER', 'invalid', `${field}: ${reason}`, { field, reason }),
  teamWorkersForbidden: (teamId: string) =>
    intakeError(
      'INTAKE.TEAM_WORKERS_FORBIDDEN',
      'forbidden',
      `Only the workers of your own team are listed, not those of ${teamId}`,
      { teamId },
    ),
} satisfies Record<string, (...args: never[]) => DomainError & { code: WorkerErrorCode }>;
