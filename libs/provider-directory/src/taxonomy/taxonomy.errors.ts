import type { DomainError } from '@casemgmt/kernel';
import { directoryError } from '../shared/directory-error';

export type TaxonomyErrorCode = 'DIRECTORY.TAXONOMY_NOT_FOUND' | 'DIRECTORY.INVALID_TAXONOMY';

export const TaxonomyErrors = {
  notFound: (taxonomyId: string) =>
    directoryError('DIRECTORY.TAXONOMY_NOT_FOUND', 'not_found', `Taxonomy ${taxonomyId} is not in the directory`, {
      taxonomyId,
    }),
  invalid: (field: string, reason: string) =>
    directoryError('DIRECTORY.INVALID_TAXONOMY', 'invalid', `${field}: ${reason}`, { field, reason }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: TaxonomyErrorCode }>;
