import type { DomainError } from '@casemgmt/kernel';
import { directoryError } from '../shared/directory-error';

export type TaxonomyTermErrorCode = 'DIRECTORY.TAXONOMY_TERM_NOT_FOUND' | 'DIRECTORY.INVALID_TAXONOMY_TERM';

export const TaxonomyTermErrors = {
  notFound: (taxonomyTermId: string) =>
    directoryError(
      'DIRECTORY.TAXONOMY_TERM_NOT_FOUND',
      'not_found',
      `Taxonomy term ${taxonomyTermId} is not in the directory`,
      { taxonomyTermId },
    ),
  invalid: (field: string, reason: string) =>
    directoryError('DIRECTORY.INVALID_TAXONOMY_TERM', 'invalid', `${field}: ${reason}`, { field, reason }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: TaxonomyTermErrorCode }>;
