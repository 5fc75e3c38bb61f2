import { contextErrorFactory } from '@casemgmt/kernel';

/** The one error class of the audit trail: a `DomainError` whose `AUDIT.*` code the type system knows. */
export const auditError = contextErrorFactory<'AUDIT'>();
