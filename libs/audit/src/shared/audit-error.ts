import { DomainError, type ErrorKind } from '@casemgmt/kernel';

/** The one error class of the audit trail: a {@link DomainError} whose `AUDIT.*` code the type system knows. */
export function auditError<C extends `AUDIT.${string}`>(
  code: C,
  kind: ErrorKind,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): DomainError & { readonly code: C } {
  return new DomainError(code, kind, message, details) as DomainError & { readonly code: C };
}
