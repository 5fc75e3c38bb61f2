import type { ScreeningInstrument } from '../../../screening/screening.types';
import { scoreScreening } from '../../../screening/score-screening';
import { identifyNeeds } from '../../case-needs.rules';
import type { RecordScreening } from '../../case.commands';
import { CaseErrors } from '../../case.errors';
import { SAFETY_FOLLOW_UP_HOURS, type CaseEvent, type SafetyFlagRaised, type ScreeningScored } from '../../case.events';
import type { OpenedCaseState } from '../../case.state';

/** The items whose answers raise an instrument's safety flag (PHQ-9 item 9: thoughts of self-harm). */
export const SAFETY_FLAG_ITEMS: Readonly<Record<ScreeningInstrument, readonly string[]>> = {
  'PHQ-9': ['9'],
  'GAD-7': [],
  'AUDIT-C': [],
  'AHC-HRSN': ['7', '8', '9', '10'],
};

/** The screening scored where it is recorded; a positive safety screen raises a flag, and the needs found open. */
export function decideRecordScreening(command: RecordScreening, state: OpenedCaseState): CaseEvent[] {
  const { screeningId, instrument, answers, subject } = command.data;
  if (state.screeningIds.includes(screeningId)) throw CaseErrors.screeningAlreadyRecorded(state.caseId, screeningId);
  // Scoring is pure, so the score is decided here and stored with the answers it came from.
  const result = scoreScreening(instrument, answers, subject);
  const scored: ScreeningScored = {
    type: 'ScreeningScored',
    data: {
      caseId: state.caseId,
      screeningId,
      instrument,
      instrumentVersion: result.instrumentVersion,
      result,
      personal: { answers, subject },
    },
  };
  const screenedAt = command.metadata.occurredAt ?? command.metadata.now;
  const flag: SafetyFlagRaised[] = result.safetyFlag
    ? [
        {
          type: 'SafetyFlagRaised',
          data: {
            caseId: state.caseId,
            screeningId,
            instrument,
            items: SAFETY_FLAG_ITEMS[instrument],
            followUpDueBy: new Date(screenedAt.getTime() + SAFETY_FOLLOW_UP_HOURS * 3_600_000).toISOString(),
          },
        },
      ]
    : [];
  return [
    scored,
    ...flag,
    ...identifyNeeds(state, result.needs, { kind: 'screening', screeningId, instrument }, undefined),
  ];
}
