import { contextErrorFactory } from '@casemgmt/kernel';

/** The one error class of intake: a `DomainError` whose `INTAKE.*` code the type system knows. */
export const intakeError = contextErrorFactory<'INTAKE'>();
