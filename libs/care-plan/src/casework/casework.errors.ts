import type { DomainError } from '@casemgmt/kernel';
import { carePlanError } from '../shared/care-plan-error';
import { CaseErrors, type CaseErrorCode } from '../shared/case-errors';

export type CaseworkErrorCode =
  | CaseErrorCode
  | 'CARE_PLAN.CONTACT_ALREADY_RECORDED'
  | 'CARE_PLAN.CONTACT_GOAL_UNKNOWN'
  | 'CARE_PLAN.APPOINTMENT_NOT_FOUND'
  | 'CARE_PLAN.APPOINTMENT_ALREADY_SCHEDULED'
  | 'CARE_PLAN.APPOINTMENT_OUTCOME_RECORDED'
  | 'CARE_PLAN.APPOINTMENT_NOT_STARTED'
  | 'CARE_PLAN.APPOINTMENT_NOT_MISSED'
  | 'CARE_PLAN.FOLLOW_UP_ALREADY_RECORDED'
  | 'CARE_PLAN.MEDICATION_CHECK_ALREADY_RECORDED'
  | 'CARE_PLAN.INVALID_CASEWORK';

export const CaseworkErrors = {
  ...CaseErrors,
  contactAlreadyRecorded: (contactId: string) =>
    carePlanError('CARE_PLAN.CONTACT_ALREADY_RECORDED', 'conflict', `Contact ${contactId} is already recorded`, {
      contactId,
    }),
  contactGoalUnknown: (goalIds: readonly string[]) =>
    carePlanError(
      'CARE_PLAN.CONTACT_GOAL_UNKNOWN',
      'unprocessable',
      `A contact addresses goals of the case's plans; ${goalIds.join(', ')} is not one of them`,
      { field: 'goalsAddressed', goalIds },
    ),
  appointmentNotFound: (appointmentId: string) =>
    carePlanError('CARE_PLAN.APPOINTMENT_NOT_FOUND', 'not_found', `Appointment ${appointmentId} was not found`, {
      appointmentId,
    }),
  appointmentAlreadyScheduled: (appointmentId: string) =>
    carePlanError(
      'CARE_PLAN.APPOINTMENT_ALREADY_SCHEDULED',
      'conflict',
      `Appointment ${appointmentId} is already scheduled`,
      { appointmentId },
    ),
  appointmentOutcomeRecorded: (appointmentId: string, status: string) =>
    carePlanError(
      'CARE_PLAN.APPOINTMENT_OUTCOME_RECORDED',
      'conflict',
      `Appointment ${appointmentId} is already ${status}: its outcome is recorded once, and it takes no change after`,
      { appointmentId, status },
    ),
  appointmentNotStarted: (appointmentId: string, startsAt: string) =>
    carePlanError(
      'CARE_PLAN.APPOINTMENT_NOT_STARTED',
      'conflict',
      `Appointment ${appointmentId} starts at ${startsAt}: it is kept or missed only once it has started`,
      { appointmentId, startsAt },
    ),
  appointmentNotMissed: (appointmentId: string, status: string) =>
    carePlanError(
      'CARE_PLAN.APPOINTMENT_NOT_MISSED',
      'conflict',
      `Appointment ${appointmentId} is ${status}: only a missed appointment is followed up`,
      { appointmentId, status },
    ),
  followUpAlreadyRecorded: (appointmentId: string) =>
    carePlanError(
      'CARE_PLAN.FOLLOW_UP_ALREADY_RECORDED',
      'conflict',
      `The missed appointment ${appointmentId} is already followed up`,
      { appointmentId },
    ),
  medicationCheckAlreadyRecorded: (checkId: string) =>
    carePlanError(
      'CARE_PLAN.MEDICATION_CHECK_ALREADY_RECORDED',
      'conflict',
      `Medication check ${checkId} is already recorded`,
      { checkId },
    ),
  invalid: (field: string, reason: string) =>
    carePlanError('CARE_PLAN.INVALID_CASEWORK', 'invalid', `${field}: ${reason}`, { field, reason }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: CaseworkErrorCode }>;
