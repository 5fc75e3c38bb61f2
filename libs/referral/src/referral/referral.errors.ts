import type { DomainError } from '@casemgmt/kernel';
import { referralError } from '../shared/referral-error';

export type ReferralErrorCode =
  | 'REFERRAL.NOT_FOUND'
  | 'REFERRAL.ALREADY_EXISTS'
  | 'REFERRAL.CASE_NOT_FOUND'
  | 'REFERRAL.CASE_NOT_OPEN'
  | 'REFERRAL.NEED_NOT_ON_CASE'
  | 'REFERRAL.SERVICE_UNKNOWN'
  | 'REFERRAL.SERVICE_DEFUNCT'
  | 'REFERRAL.WRITE_FORBIDDEN'
  | 'REFERRAL.TRANSITION_NOT_ALLOWED'
  | 'REFERRAL.NO_CONSENT_IN_FORCE'
  | 'REFERRAL.NOTHING_TO_DISCLOSE'
  | 'REFERRAL.ALREADY_FOLLOWED_UP'
  | 'REFERRAL.PARTNER_WITHOUT_ORGANIZATION'
  | 'REFERRAL.CONSENT_SOURCE_UNAVAILABLE'
  | 'REFERRAL.INVALID';

export const ReferralErrors = {
  // Also what a caller gets for a referral outside their scope (another organisation's, another team's case).
  notFound: (referralId: string) =>
    referralError('REFERRAL.NOT_FOUND', 'not_found', `Referral ${referralId} was not found`, { referralId }),
  alreadyExists: (referralId: string) =>
    referralError('REFERRAL.ALREADY_EXISTS', 'conflict', `Referral ${referralId} already exists`, { referralId }),
  caseNotFound: (caseId: string) =>
    referralError('REFERRAL.CASE_NOT_FOUND', 'not_found', `Case ${caseId} was not found`, { caseId }),
  caseNotOpen: (caseId: string, status: string) =>
    referralError('REFERRAL.CASE_NOT_OPEN', 'conflict', `Case ${caseId} is ${status}: it takes no new referral`, {
      caseId,
      status,
      rule: 'a case that is not open refuses new referrals and sends',
    }),
  needNotOnCase: (need: string) =>
    referralError('REFERRAL.NEED_NOT_ON_CASE', 'unprocessable', `${need} is not a need identified on the case`, {
      need,
    }),
  serviceUnknown: (serviceId: string) =>
    referralError('REFERRAL.SERVICE_UNKNOWN', 'unprocessable', `Service ${serviceId} is not in the directory`, {
      serviceId,
    }),
  serviceDefunct: (serviceId: string) =>
    referralError('REFERRAL.SERVICE_DEFUNCT', 'unprocessable', `Service ${serviceId} no longer exists`, {
      serviceId,
    }),
  writeForbidden: (referralId: string) =>
    referralError('REFERRAL.WRITE_FORBIDDEN', 'forbidden', `You may read referral ${referralId} but not change it`, {
      referralId,
    }),
  transitionNotAllowed: (referralId: string, from: string, to: string, rule: string) =>
    referralError(
      'REFERRAL.TRANSITION_NOT_ALLOWED',
      'conflict',
      `Referral ${referralId} cannot go from ${from} to ${to}: ${rule}`,
      { referralId, from, to, rule },
    ),
  noConsentInForce: (referralId: string) =>
    referralError(
      'REFERRAL.NO_CONSENT_IN_FORCE',
      'conflict',
      `No consent of the client is in force now for this recipient, information and purpose: referral ${referralId} was not sent`,
      { referralId, rule: '42 CFR §2.31: nothing is disclosed without a consent in force at the moment of disclosure' },
    ),
  nothingToDisclose: (referralId: string, fields: readonly string[]) =>
    referralError(
      'REFERRAL.NOTHING_TO_DISCLOSE',
      'conflict',
      `The consent in force covers none of the fields asked to share (${fields.join(', ')})`,
      { referralId, fields },
    ),
  alreadyFollowedUp: (referralId: string) =>
    referralError('REFERRAL.ALREADY_FOLLOWED_UP', 'conflict', `Referral ${referralId} was already followed up`, {
      referralId,
    }),
  // Fail closed: without intake's answer nothing is disclosed, and the worker may try again.
  consentSourceUnavailable: () =>
    referralError(
      'REFERRAL.CONSENT_SOURCE_UNAVAILABLE',
      'unavailable',
      'Intake could not say whether a consent is in force now: nothing was sent; try again in a moment',
      { rule: '42 CFR §2.31: nothing is disclosed unless a consent is known to be in force at that moment' },
    ),
  partnerWithoutOrganization: () =>
    referralError(
      'REFERRAL.PARTNER_WITHOUT_ORGANIZATION',
      'forbidden',
      'A provider partner’s token must name the organisation it belongs to',
      {},
    ),
  invalid: (field: string, reason: string) =>
    referralError('REFERRAL.INVALID', 'invalid', `${field}: ${reason}`, { field, reason }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: ReferralErrorCode }>;
