import { AHC_HRSN_VERSION, scoreAhcHrsn } from './instruments/ahc-hrsn';
import { AUDIT_C_VERSION, scoreAuditC } from './instruments/audit-c';
import { GAD_7_VERSION, scoreGad7 } from './instruments/gad-7';
import { PHQ_9_VERSION, scorePhq9 } from './instruments/phq-9';
import { ScreeningErrors } from './screening.errors';
import type { ScreeningAnswers, ScreeningInstrument, ScreeningResult, ScreeningSubject } from './screening.types';

/** The instrument and scoring-table version each instrument is scored with; stored with the answers. */
export const SCREENING_INSTRUMENT_VERSIONS: Readonly<Record<ScreeningInstrument, string>> = {
  'PHQ-9': PHQ_9_VERSION,
  'GAD-7': GAD_7_VERSION,
  'AUDIT-C': AUDIT_C_VERSION,
  'AHC-HRSN': AHC_HRSN_VERSION,
};

/**
 * Scores a completed screening: pure, so a stored screening can be rescored from its answers at any time.
 * Throws `INTAKE.SCREENING_ANSWERS_INVALID` (kind invalid) for a missing, out-of-range, unknown or extra answer,
 * and `INTAKE.SCREENING_SUBJECT_INVALID` when AUDIT-C is given without the subject's sex.
 */
export function scoreScreening(
  instrument: ScreeningInstrument,
  answers: ScreeningAnswers,
  subject: ScreeningSubject,
): ScreeningResult {
  switch (instrument) {
    case 'PHQ-9':
      return scorePhq9(answers);
    case 'GAD-7':
      return scoreGad7(answers);
    case 'AUDIT-C':
      return scoreAuditC(answers, subject);
    case 'AHC-HRSN':
      return scoreAhcHrsn(answers);
    default: {
      const unknown: never = instrument;
      throw ScreeningErrors.unknownInstrument(String(unknown));
    }
  }
}
