import { itemNumbers, rejectUnknownItems, scoreOf } from '../screening-answers';
import type { ScreeningAnswers, ScreeningResult } from '../screening.types';

/** Kroenke K, Spitzer RL, Williams JB. The PHQ-9. J Gen Intern Med 2001;16(9):606-13. */
export const PHQ_9_VERSION = 'PHQ-9 (Kroenke 2001)';

export type Phq9Band = 'none_minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';

const ITEMS = itemNumbers(9);
const SUICIDAL_IDEATION_ITEM = '9';
const POSITIVE_AT = 10;

/** Lowest total of each band, highest band first (Kroenke 2001, table 3). */
const BANDS: readonly { readonly from: number; readonly band: Phq9Band }[] = [
  { from: 20, band: 'severe' },
  { from: 15, band: 'moderately_severe' },
  { from: 10, band: 'moderate' },
  { from: 5, band: 'mild' },
  { from: 0, band: 'none_minimal' },
];

/** Scores the PHQ-9: nine items 0-3, depression severity band, positive at 10 or more. */
export function scorePhq9(answers: ScreeningAnswers): ScreeningResult {
  rejectUnknownItems('PHQ-9', answers, ITEMS);
  const scores = ITEMS.map((item) => scoreOf('PHQ-9', answers, item, 0, 3));
  const totalScore = scores.reduce((sum, score) => sum + score, 0);
  const positive = totalScore >= POSITIVE_AT;
  return {
    instrument: 'PHQ-9',
    instrumentVersion: PHQ_9_VERSION,
    totalScore,
    band: BANDS.find(({ from }) => totalScore >= from)?.band ?? 'none_minimal',
    positive,
    // Any thought of self-harm needs same-day follow-up, whatever the total says.
    safetyFlag: scoreOf('PHQ-9', answers, SUICIDAL_IDEATION_ITEM, 0, 3) > 0,
    needs: positive ? ['mental_health'] : [],
  };
}
