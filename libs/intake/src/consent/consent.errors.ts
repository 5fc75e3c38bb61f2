import type { DomainError } from '@casemgmt/kernel';
import { intakeError } from '../shared/intake-error';

export type ConsentErrorCode =
  | 'INTAKE.CONSENT_NOT_FOUND'
  | 'INTAKE.CONSENT_ALREADY_RECORDED'
  | 'INTAKE.CONSENT_INCOMPLETE'
  | 'INTAKE.CONSENT_INVALID'
  | 'INTAKE.CONSENT_SUD_CLASS_WITHOUT_TREATING_RELATIONSHIP'
  | 'INTAKE.CONSENT_ALREADY_REVOKED'
  | 'INTAKE.CONSENT_REVOKED_BEFORE_SIGNED'
  | 'INTAKE.CONSENT_NOT_EVENT_EXPIRY'
  | 'INTAKE.CONSENT_EXPIRY_EVENT_ALREADY_RECORDED'
  | 'INTAKE.CONSENT_CASE_OF_ANOTHER_CLIENT';

export const ConsentErrors = {
  notFound: (consentId: string) =>
    intakeError('INTAKE.CONSENT_NOT_FOUND', 'not_found', `Consent ${consentId} is not on record`, { consentId }),
  alreadyRecorded: (consentId: string) =>
    intakeError('INTAKE.CONSENT_ALREADY_RECORDED', 'conflict', `Consent ${consentId} is already on record`, {
      consentId,
    }),
  /** A required element of 42 CFR §2.31 is missing; `element` is the field's path in the request. */
  incomplete: (element: string, requirement: string) =>
    intakeError('INTAKE.CONSENT_INCOMPLETE', 'invalid', `${element}: ${requirement}`, { element, requirement }),
  invalid: (element: string, reason: string) =>
    intakeError('INTAKE.CONSENT_INVALID', 'invalid', `${element}: ${reason}`, { element, reason }),
  sudClassWithoutTreatingRelationship: (element: string) =>
    intakeError(
      'INTAKE.CONSENT_SUD_CLASS_WITHOUT_TREATING_RELATIONSHIP',
      'invalid',
      `${element}: substance use disorder information may go to a class of recipients only where they have a treating provider relationship with the patient (42 CFR §2.31(a)(4)); name the recipients instead`,
      { element },
    ),
  alreadyRevoked: (consentId: string, revokedAt: string) =>
    intakeError('INTAKE.CONSENT_ALREADY_REVOKED', 'conflict', `Consent ${consentId} was revoked at ${revokedAt}`, {
      consentId,
      revokedAt,
    }),
  revokedBeforeSigned: (consentId: string, revokedAt: string, signedAt: string) =>
    intakeError(
      'INTAKE.CONSENT_REVOKED_BEFORE_SIGNED',
      'invalid',
      `revokedAt: a revocation applies forward only and cannot be dated before the consent was signed (${signedAt})`,
      { consentId, element: 'revokedAt', revokedAt, signedAt },
    ),
  notEventExpiry: (consentId: string) =>
    intakeError(
      'INTAKE.CONSENT_NOT_EVENT_EXPIRY',
      'unprocessable',
      `Consent ${consentId} expires on a date, not on an event`,
      { consentId },
    ),
  expiryEventAlreadyRecorded: (consentId: string, occurredAt: string) =>
    intakeError(
      'INTAKE.CONSENT_EXPIRY_EVENT_ALREADY_RECORDED',
      'conflict',
      `The expiry event of consent ${consentId} is already recorded as of ${occurredAt}`,
      { consentId, occurredAt },
    ),
  /** The case named with a consent is another client's: a consent is the client's own, and so is its case. */
  caseOfAnotherClient: (caseId: string) =>
    intakeError(
      'INTAKE.CONSENT_CASE_OF_ANOTHER_CLIENT',
      'invalid',
      `caseId: case ${caseId} is not a case of this client`,
      { element: 'caseId', caseId },
    ),
} satisfies Record<string, (...args: never[]) => DomainError & { code: ConsentErrorCode }>;
