/**
 * What kind of failure an error is, independent of the context that raised it. The HTTP layer maps kinds to
 * status codes; contexts only name their own codes (e.g. 'REFERRAL.ALREADY_ACCEPTED').
 */
export type ErrorKind =
  'invalid' | 'unauthenticated' | 'not_found' | 'conflict' | 'forbidden' | 'unprocessable' | 'unavailable';

export interface FieldViolation {
  /** Dotted path of the offending field, e.g. `address.postalCode` or `needs.0.category`. */
  readonly field: string;
  readonly reasons: readonly string[];
}

/** What an answer carries beyond code, message and details, for the few errors that need it. */
export interface ErrorAnswer {
  /** Each offending field with its reasons: input that failed validation. */
  readonly violations?: readonly FieldViolation[];
  /** The `WWW-Authenticate` challenge of an `unauthenticated` error, e.g. `Bearer error="invalid_token"`. */
  readonly challenge?: string;
}

/** The one error class of every bounded context: deciders and handlers throw it, never an HTTP exception. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
    readonly answer: ErrorAnswer = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * The error factory of one context: a {@link DomainError} whose code carries the context's prefix, typed so each
 * aggregate can list its own codes (`export const intakeError = contextErrorFactory<'INTAKE'>();`).
 */
export function contextErrorFactory<P extends string>() {
  return <C extends `${P}.${string}`>(
    code: C,
    kind: ErrorKind,
    message: string,
    details?: Readonly<Record<string, unknown>>,
  ): DomainError & { readonly code: C } =>
    new DomainError(code, kind, message, details) as DomainError & { readonly code: C };
}
