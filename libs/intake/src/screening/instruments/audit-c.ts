import { itemNumbers, rejectUnknownItems, scoreOf } from '../screening-answers';
import { ScreeningErrors } from '../screening.errors';
import type { ScreeningAnswers, ScreeningResult, ScreeningSubject } from '../screening.types';

/**
 * Bush K et al. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med 1998;158(16):1789-95, with the
 * cut-offs by sex of Bradley KA et al. Alcohol Clin Exp Res 2007;31(7):1208-17.
 */
export const AUDIT_C_VERSION = 'AUDIT-C (Bush 1998; cut-offs Bradley 2007)';

const ITEMS = itemNumbers(3);
const POSITIVE_AT: Readonly<Record<NonNullable<ScreeningSubject['sex']>, number>> = { female: 3, male: 4 };

/** Scores the AUDIT-C: three items 0-4, positive at 4 or more for men and 3 or more for women. */
export function scoreAuditC(answers: ScreeningAnswers, subject: ScreeningSubject): ScreeningResult {
  const sex = subject.sex;
  if (sex === undefined) throw ScreeningErrors.invalidSubject('AUDIT-C', 'sex', 'missing');
  // The subject may come from parsed JSON, so its sex is checked at run time too.
  if (sex !== 'female' && sex !== 'male') throw ScreeningErrors.invalidSubject('AUDIT-C', 'sex', 'unknown_option');
  rejectUnknownItems('AUDIT-C', answers, ITEMS);
  const totalScore = ITEMS.map((item) => scoreOf('AUDIT-C', answers, item, 0, 4)).reduce(
    (sum, score) => sum + score,
    0,
  );
  const positive = totalScore >= POSITIVE_AT[sex];
  return {
    instrument: 'AUDIT-C',
    instrumentVersion: AUDIT_C_VERSION,
    totalScore,
    positive,
    safetyFlag: false,
    needs: positive ? ['substance_use'] : [],
  };
}
