import type { DomainError } from '@casemgmt/kernel';
import { intakeError } from '../shared/intake-error';
import type { ScreeningInstrument } from './screening.types';

export type ScreeningErrorCode =
  'INTAKE.SCREENING_ANSWERS_INVALID' | 'INTAKE.SCREENING_SUBJECT_INVALID' | 'INTAKE.SCREENING_INSTRUMENT_UNKNOWN';

/** Why an answer was refused; sent back in the error details so a form can point at the item. */
export type InvalidAnswerReason =
  'missing' | 'out_of_range' | 'not_a_score' | 'unknown_option' | 'conflicting_options' | 'unknown_item';

export const ScreeningErrors = {
  invalidAnswer: (instrument: ScreeningInstrument, item: string, reason: InvalidAnswerReason, message: string) =>
    intakeError('INTAKE.SCREENING_ANSWERS_INVALID', 'invalid', `${instrument} item ${item}: ${message}`, {
      instrument,
      item,
      reason,
    }),
  invalidSubject: (instrument: ScreeningInstrument, field: string, reason: 'missing' | 'unknown_option') =>
    intakeError(
      'INTAKE.SCREENING_SUBJECT_INVALID',
      'invalid',
      `${instrument} needs the subject's ${field} to choose its cut-off (${reason})`,
      { instrument, field, reason },
    ),
  unknownInstrument: (instrument: string) =>
    intakeError('INTAKE.SCREENING_INSTRUMENT_UNKNOWN', 'invalid', `${instrument} is not a screening instrument`, {
      instrument,
    }),
} satisfies Record<string, (...args: never[]) => DomainError & { code: ScreeningErrorCode }>;
