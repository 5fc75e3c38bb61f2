import type { DomainError } from '@casemgmt/kernel';
import { intakeError } from '../shared/intake-error';
import type { DuplicateCandidate } from './duplicates/client-matching';

export type ClientErrorCode =
  | 'INTAKE.CLIENT_NOT_FOUND'
  | 'INTAKE.CLIENT_ALREADY_REGISTERED'
  | 'INTAKE.CLIENT_MERGED'
  | 'INTAKE.CLIENT_ERASED'
  | 'INTAKE.CLIENT_MERGE_INTO_ITSELF'
  | 'INTAKE.POSSIBLE_DUPLICATE'
  | 'INTAKE.INVALID_CLIENT'
  | 'INTAKE.REASON_REQUIRED'
  | 'INTAKE.CLIENT_SEARCH_NEEDS_FILTER';

export const ClientErrors = {
  notFound: (clientId: string) =>
    intakeError('INTAKE.CLIENT_NOT_FOUND', 'not_found', `Client ${clientId} is not registered`, { clientId }),
  alreadyRegistered: (clientId: string) =>
    intakeError('INTAKE.CLIENT_ALREADY_REGISTERED', 'conflict', `Client ${clientId} is already registered`, {
      clientId,
    }),
  merged: (clientId: string, survivorId: string) =>
    intakeError(
      'INTAKE.CLIENT_MERGED',
      'conflict',
      `Client ${clientId} was merged into ${survivorId}: work with the surviving record`,
      { clientId, survivorId },
    ),
  erased: (clientId: string) =>
    intakeError(
      'INTAKE.CLIENT_ERASED',
      'conflict',
      `The personal data of client ${clientId} was erased; the record can no longer be changed`,
      { clientId },
    ),
  mergeIntoItself: (clientId: string) =>
    intakeError('INTAKE.CLIENT_MERGE_INTO_ITSELF', 'invalid', `Client ${clientId} cannot be merged into itself`, {
      clientId,
    }),
  possibleDuplicate: (candidates: readonly DuplicateCandidate[]) =>
    intakeError(
      'INTAKE.POSSIBLE_DUPLICATE',
      'conflict',
      `${candidates.length} registered client(s) may be this person: link to one, or register anyway with duplicateOverride.reason`,
      { candidates },
    ),
  invalid: (field: string, reason: string) =>
    intakeError('INTAKE.INVALID_CLIENT', 'invalid', `${field}: ${reason}`, { field, reason }),
  reasonRequired: (action: string) =>
    intakeError('INTAKE.REASON_REQUIRED', 'invalid', `reason: ${action} needs a reason`, {
      field: 'reason',
      reason: 'is required',
    }),
  searchNeedsFilter: () =>
    intakeError(
      'INTAKE.CLIENT_SEARCH_NEEDS_FILTER',
      'invalid',
      'A client search needs at least one of name, dateOfBirth or identifier',
      { fields: ['name', 'dateOfBirth', 'identifier'] },
    ),
} satisfies Record<string, (...args: never[]) => DomainError & { code: ClientErrorCode }>;
