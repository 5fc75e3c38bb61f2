import type { DomainError } from '@casemgmt/kernel';
import { directoryError } from '../shared/directory-error';

export type OrganizationErrorCode =
  'DIRECTORY.ORGANIZATION_NOT_FOUND' | 'DIRECTORY.ORGANIZATION_ALREADY_REGISTERED' | 'DIRECTORY.INVALID_ORGANIZATION';

export const OrganizationErrors = {
  notFound: (organizationId: string) =>
    directoryError(
      'DIRECTORY.ORGANIZATION_NOT_FOUND',
      'not_found',
      `Organization ${organizationId} is not in the directory`,
      { organizationId },
    ),
  alreadyRegistered: (organizationId: string) =>
    directoryError(
      'DIRECTORY.ORGANIZATION_ALREADY_REGISTERED',
      'conflict',
      `Organization ${organizationId} is already in the directory: update it instead`,
      { organizationId },
    ),
  invalid: (field: string, reason: string) =>
    directoryError('DIRECTORY.INVALID_ORGANIZATION', 'invalid', `${field}: ${reason}`, { field, reason }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: OrganizationErrorCode }>;
