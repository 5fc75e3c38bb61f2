import { evaluateEligibility } from '../../../eligibility/eligibility.rules';
import { findProgram } from '../../../eligibility/programs';
import type { DetermineEligibility } from '../../case.commands';
import { CaseErrors } from '../../case.errors';
import type { EligibilityDetermined } from '../../case.events';
import type { OpenedCaseState } from '../../case.state';

/** The program's rules applied to the applicant as of the command's time (the case's own program by default). */
export function decideDetermineEligibility(
  command: DetermineEligibility,
  state: OpenedCaseState,
): EligibilityDetermined[] {
  const programId = command.data.programId ?? state.programId;
  const rules = findProgram(programId, command.data.programs);
  if (!rules) throw CaseErrors.programUnknown(programId);
  const asOf = command.metadata.occurredAt ?? command.metadata.now;
  const determination = evaluateEligibility(rules, command.data.applicant, asOf);
  return [
    {
      type: 'EligibilityDetermined',
      data: {
        caseId: state.caseId,
        programId,
        eligible: determination.eligible,
        reasons: determination.reasons.map(({ rule, passed }) => ({ rule, passed })),
        rules,
        asOf: asOf.toISOString(),
        personal: {
          applicant: command.data.applicant,
          reasonDetails: determination.reasons.map((reason) => reason.detail),
        },
      },
    },
  ];
}
