import type { DomainError } from '@casemgmt/kernel';
import { intakeError } from '../shared/intake-error';

export type EligibilityErrorCode = 'INTAKE.ELIGIBILITY_INPUT_INVALID' | 'INTAKE.POVERTY_GUIDELINE_UNKNOWN';

export const EligibilityErrors = {
  invalidInput: (field: string, reason: string) =>
    intakeError('INTAKE.ELIGIBILITY_INPUT_INVALID', 'invalid', `${field}: ${reason}`, { field, reason }),
  guidelineUnknown: (year: number, region: string) =>
    intakeError(
      'INTAKE.POVERTY_GUIDELINE_UNKNOWN',
      'unprocessable',
      `No HHS poverty guideline for ${year} (${region}) is on file`,
      { year, region },
    ),
} satisfies Record<string, (...args: never[]) => DomainError & { code: EligibilityErrorCode }>;
