import { itemNumbers, optionListOf, optionOf, rejectUnknownItems, scoreOf } from '../screening-answers';
import type { NeedCode, ScreeningAnswers, ScreeningResult } from '../screening.types';

/**
 * The ten core questions of the CMS Accountable Health Communities Health-Related Social Needs Screening Tool
 * (Billioux A et al., NAM Perspectives 2017), scored as its guide prescribes.
 */
export const AHC_HRSN_VERSION = 'AHC HRSN Screening Tool core questions (CMS 2017)';

export type AhcDomain = Extract<NeedCode, 'housing' | 'food' | 'transportation' | 'utilities' | 'interpersonal_safety'>;

export const LIVING_SITUATIONS = ['steady', 'steady_but_worried', 'not_steady'] as const;
export const HOUSING_PROBLEMS = ['pests', 'mold', 'lead', 'heat', 'oven', 'smoke_detectors', 'water_leaks'] as const;
export const FOOD_FREQUENCIES = ['often_true', 'sometimes_true', 'never_true'] as const;
export const TRANSPORTATION_ANSWERS = ['yes', 'no'] as const;
export const UTILITY_ANSWERS = ['yes', 'no', 'already_shut_off'] as const;

const ITEMS = itemNumbers(10);
const SAFETY_ITEMS = ['7', '8', '9', '10'] as const;
// Items 7-10 each score 1 (never) to 5 (frequently); a sum above 10 is a positive safety screen.
const SAFETY_POSITIVE_ABOVE = 10;

/** Scores the AHC core questions: one result per domain; every positive domain is a need. */
export function scoreAhcHrsn(answers: ScreeningAnswers): ScreeningResult {
  rejectUnknownItems('AHC-HRSN', answers, ITEMS);
  const livingSituation = optionOf('AHC-HRSN', answers, '1', LIVING_SITUATIONS);
  const housingProblems = optionListOf('AHC-HRSN', answers, '2', HOUSING_PROBLEMS, 'none');
  const foodWorry = optionOf('AHC-HRSN', answers, '3', FOOD_FREQUENCIES);
  const foodRanOut = optionOf('AHC-HRSN', answers, '4', FOOD_FREQUENCIES);
  const transportation = optionOf('AHC-HRSN', answers, '5', TRANSPORTATION_ANSWERS);
  const utilities = optionOf('AHC-HRSN', answers, '6', UTILITY_ANSWERS);
  const safetyScore = SAFETY_ITEMS.map((item) => scoreOf('AHC-HRSN', answers, item, 1, 5)).reduce(
    (sum, score) => sum + score,
    0,
  );

  const domains: Readonly<Record<AhcDomain, { readonly positive: boolean; readonly score?: number }>> = {
    housing: { positive: livingSituation !== 'steady' || housingProblems !== 'none' },
    food: { positive: foodWorry !== 'never_true' || foodRanOut !== 'never_true' },
    transportation: { positive: transportation === 'yes' },
    utilities: { positive: utilities !== 'no' },
    interpersonal_safety: { positive: safetyScore > SAFETY_POSITIVE_ABOVE, score: safetyScore },
  };
  const needs = (Object.keys(domains) as AhcDomain[]).filter((domain) => domains[domain].positive);
  return {
    instrument: 'AHC-HRSN',
    instrumentVersion: AHC_HRSN_VERSION,
    positive: needs.length > 0,
    safetyFlag: domains.interpersonal_safety.positive,
    needs,
    domains,
  };
}
