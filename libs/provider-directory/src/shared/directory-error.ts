import { DomainError, type ErrorKind } from '@casemgmt/kernel';

/** A {@link DomainError} whose code the type system knows, so each aggregate can list its own codes. */
export function directoryError<C extends `DIRECTORY.${string}`>(
  code: C,
  kind: ErrorKind,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): DomainError & { readonly code: C } {
  return new DomainError(code, kind, message, details) as DomainError & { readonly code: C };
}
