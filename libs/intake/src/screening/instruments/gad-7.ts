import { itemNumbers, rejectUnknownItems, scoreOf } from '../screening-answers';
import type { ScreeningAnswers, ScreeningResult } from '../screening.types';

/** Spitzer RL, Kroenke K, Williams JB, Löwe B. The GAD-7. Arch Intern Med 2006;166(10):1092-7. */
export const GAD_7_VERSION = 'GAD-7 (Spitzer 2006)';

export type Gad7Band = 'minimal' | 'mild' | 'moderate' | 'severe';

const ITEMS = itemNumbers(7);
const POSITIVE_AT = 10;

/** Lowest total of each band, highest band first (Spitzer 2006). */
const BANDS: readonly { readonly from: number; readonly band: Gad7Band }[] = [
  { from: 15, band: 'severe' },
  { from: 10, band: 'moderate' },
  { from: 5, band: 'mild' },
  { from: 0, band: 'minimal' },
];

/** Scores the GAD-7: seven items 0-3, anxiety severity band, positive at 10 or more. */
export function scoreGad7(answers: ScreeningAnswers): ScreeningResult {
  rejectUnknownItems('GAD-7', answers, ITEMS);
  const totalScore = ITEMS.map((item) => scoreOf('GAD-7', answers, item, 0, 3)).reduce((sum, score) => sum + score, 0);
  const positive = totalScore >= POSITIVE_AT;
  return {
    instrument: 'GAD-7',
    instrumentVersion: GAD_7_VERSION,
    totalScore,
    band: BANDS.find(({ from }) => totalScore >= from)?.band ?? 'minimal',
    positive,
    safetyFlag: false,
    needs: positive ? ['mental_health'] : [],
  };
}
