import { DomainError, type ErrorKind } from '@casemgmt/kernel';

/** The one error class of intake: a {@link DomainError} whose `INTAKE.*` code the type system knows. */
export function intakeError<C extends `INTAKE.${string}`>(
  code: C,
  kind: ErrorKind,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): DomainError & { readonly code: C } {
  return new DomainError(code, kind, message, details) as DomainError & { readonly code: C };
}
