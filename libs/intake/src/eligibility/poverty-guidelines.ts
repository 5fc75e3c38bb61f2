import { EligibilityErrors } from './eligibility.errors';

/** The regions HHS publishes separate guidelines for; 'contiguous' is the 48 contiguous states and DC. */
export type PovertyGuidelineRegion = 'contiguous' | 'alaska' | 'hawaii';

/** Annual income at the poverty line: the amount for one person plus the amount for each additional person. */
export interface PovertyGuideline {
  readonly firstPerson: number;
  readonly eachAdditionalPerson: number;
}

/**
 * HHS poverty guidelines by year and region, in US dollars a year.
 * Source: "Annual Update of the HHS Poverty Guidelines", Federal Register, 17 January 2024 and 17 January 2025,
 * as tabulated by HHS ASPE (aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines).
 * Add each new year's notice here; programs name the year they apply.
 */
export const POVERTY_GUIDELINES: Readonly<Record<number, Readonly<Record<PovertyGuidelineRegion, PovertyGuideline>>>> =
  {
    2024: {
      contiguous: { firstPerson: 15_060, eachAdditionalPerson: 5_380 },
      alaska: { firstPerson: 18_810, eachAdditionalPerson: 6_730 },
      hawaii: { firstPerson: 17_310, eachAdditionalPerson: 6_190 },
    },
    2025: {
      contiguous: { firstPerson: 15_650, eachAdditionalPerson: 5_500 },
      alaska: { firstPerson: 19_550, eachAdditionalPerson: 6_880 },
      hawaii: { firstPerson: 17_990, eachAdditionalPerson: 6_330 },
    },
  };

/**
 * The poverty guideline (100%) for a household of `householdSize` people.
 * Throws `INTAKE.POVERTY_GUIDELINE_UNKNOWN` for a year not on file and `INTAKE.ELIGIBILITY_INPUT_INVALID` for a
 * household size that is not a whole number of at least 1.
 */
export function povertyGuideline(year: number, region: PovertyGuidelineRegion, householdSize: number): number {
  const guideline = POVERTY_GUIDELINES[year]?.[region];
  if (guideline === undefined) throw EligibilityErrors.guidelineUnknown(year, region);
  if (!Number.isInteger(householdSize) || householdSize < 1) {
    throw EligibilityErrors.invalidInput('householdSize', `${householdSize} is not a whole number of at least 1`);
  }
  return guideline.firstPerson + (householdSize - 1) * guideline.eachAdditionalPerson;
}
