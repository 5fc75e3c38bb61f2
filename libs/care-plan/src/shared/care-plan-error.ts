import { contextErrorFactory } from '@casemgmt/kernel';

/** The one error class of care plan: a `DomainError` whose `CARE_PLAN.*` code the type system knows. */
export const carePlanError = contextErrorFactory<'CARE_PLAN'>();
