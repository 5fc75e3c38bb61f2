import { contextErrorFactory } from '@casemgmt/kernel';

/** The one error class of the directory: a `DomainError` whose `DIRECTORY.*` code the type system knows. */
export const directoryError = contextErrorFactory<'DIRECTORY'>();
