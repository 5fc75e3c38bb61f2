/**
 * What kind of failure an error is, independent of the context that raised it. The HTTP layer maps kinds to
 * status codes; contexts only name their own codes (e.g. 'REFERRAL.ALREADY_ACCEPTED').
 */
export type ErrorKind = 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'unprocessable' | 'unavailable';

/** The one error class of every bounded context: deciders and handlers throw it, never an HTTP exception. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
