import type { DomainError } from '@casemgmt/kernel';
import { directoryError } from '../shared/directory-error';

export type ServiceErrorCode =
  | 'DIRECTORY.SERVICE_NOT_FOUND'
  | 'DIRECTORY.SERVICE_ALREADY_REGISTERED'
  | 'DIRECTORY.INVALID_SERVICE'
  | 'DIRECTORY.NOT_YOUR_ORGANIZATION';

export const ServiceErrors = {
  notFound: (serviceId: string) =>
    directoryError('DIRECTORY.SERVICE_NOT_FOUND', 'not_found', `Service ${serviceId} is not in the directory`, {
      serviceId,
    }),
  alreadyRegistered: (serviceId: string) =>
    directoryError(
      'DIRECTORY.SERVICE_ALREADY_REGISTERED',
      'conflict',
      `Service ${serviceId} is already in the directory: update it instead`,
      { serviceId },
    ),
  invalid: (field: string, reason: string) =>
    directoryError('DIRECTORY.INVALID_SERVICE', 'invalid', `${field}: ${reason}`, { field, reason }),
  notYourOrganization: (serviceId: string) =>
    directoryError(
      'DIRECTORY.NOT_YOUR_ORGANIZATION',
      'forbidden',
      `Service ${serviceId} is not provided by your organisation: only its own provider may report its capacity`,
      { serviceId },
    ),
} satisfies Record<string, (...args: never[]) => DomainError & { code: ServiceErrorCode }>;
