import type { DomainError } from '@casemgmt/kernel';
import { directoryError } from '../shared/directory-error';

export type LocationErrorCode =
  'DIRECTORY.LOCATION_NOT_FOUND' | 'DIRECTORY.LOCATION_ALREADY_REGISTERED' | 'DIRECTORY.INVALID_LOCATION';

export const LocationErrors = {
  notFound: (locationId: string) =>
    directoryError('DIRECTORY.LOCATION_NOT_FOUND', 'not_found', `Location ${locationId} is not in the directory`, {
      locationId,
    }),
  alreadyRegistered: (locationId: string) =>
    directoryError(
      'DIRECTORY.LOCATION_ALREADY_REGISTERED',
      'conflict',
      `Location ${locationId} is already in the directory: update it instead`,
      { locationId },
    ),
  invalid: (field: string, reason: string) =>
    directoryError('DIRECTORY.INVALID_LOCATION', 'invalid', `${field}: ${reason}`, { field, reason }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: LocationErrorCode }>;
