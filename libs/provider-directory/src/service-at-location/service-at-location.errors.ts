import type { DomainError } from '@casemgmt/kernel';
import { directoryError } from '../shared/directory-error';

export type ServiceAtLocationErrorCode =
  | 'DIRECTORY.SERVICE_AT_LOCATION_NOT_FOUND'
  | 'DIRECTORY.SERVICE_AT_LOCATION_ALREADY_REGISTERED'
  | 'DIRECTORY.INVALID_SERVICE_AT_LOCATION';

export const ServiceAtLocationErrors = {
  notFound: (serviceAtLocationId: string) =>
    directoryError(
      'DIRECTORY.SERVICE_AT_LOCATION_NOT_FOUND',
      'not_found',
      `Service at location ${serviceAtLocationId} is not in the directory`,
      { serviceAtLocationId },
    ),
  alreadyRegistered: (serviceAtLocationId: string) =>
    directoryError(
      'DIRECTORY.SERVICE_AT_LOCATION_ALREADY_REGISTERED',
      'conflict',
      `Service at location ${serviceAtLocationId} is already in the directory: update it instead`,
      { serviceAtLocationId },
    ),
  invalid: (field: string, reason: string) =>
    directoryError('DIRECTORY.INVALID_SERVICE_AT_LOCATION', 'invalid', `${field}: ${reason}`, { field, reason }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: ServiceAtLocationErrorCode }>;
