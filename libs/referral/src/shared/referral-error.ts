import { contextErrorFactory } from '@casemgmt/kernel';

/** The one error class of referral: a `DomainError` whose `REFERRAL.*` code the type system knows. */
export const referralError = contextErrorFactory<'REFERRAL'>();
