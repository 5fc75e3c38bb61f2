import { EligibilityErrors } from './eligibility.errors';
import { povertyGuideline, type PovertyGuidelineRegion } from './poverty-guidelines';

/** A program's eligibility rules as data; a rule left out does not apply. */
export interface ProgramEligibilityRules {
  readonly programId: string;
  readonly name: string;
  /** Youngest eligible age in whole years, inclusive. */
  readonly minimumAge?: number;
  /** Oldest eligible age in whole years, inclusive ("under 18" is 17). */
  readonly maximumAge?: number;
  /** Counties served; left out, every county is. */
  readonly counties?: readonly string[];
  /** Highest eligible annual household income as a percent of the poverty guideline (200 = 200% FPL), inclusive. */
  readonly maximumIncomePercentOfPovertyLine?: number;
  readonly povertyGuidelineYear: number;
  readonly region: PovertyGuidelineRegion;
}

/** What eligibility is decided from; optional inputs are needed only by the programs whose rules use them. */
export interface EligibilityApplicant {
  /** Calendar date, YYYY-MM-DD. */
  readonly dateOfBirth: string;
  readonly county?: string;
  readonly householdSize?: number;
  /** US dollars a year, before taxes. */
  readonly annualHouseholdIncome?: number;
}

export type EligibilityRule = 'age' | 'county' | 'income';

export interface EligibilityReason {
  readonly rule: EligibilityRule;
  readonly passed: boolean;
  readonly detail: string;
}

export interface EligibilityDetermination {
  readonly programId: string;
  readonly eligible: boolean;
  /** One reason per rule the program has, in the order age, county, income. */
  readonly reasons: readonly EligibilityReason[];
}

export interface EligibilityOptions {
  /** IANA time zone whose calendar date `asOf` falls on, e.g. the agency's; UTC when left out. */
  readonly timeZone?: string;
}

/**
 * Decides whether an applicant is eligible for a program on `asOf`: eligible when every rule the program has passes.
 * A rule whose input is missing fails, saying what is missing. Throws `INTAKE.ELIGIBILITY_INPUT_INVALID` for an input
 * that is present but malformed (a date of birth that is not a date or is after `asOf`, a negative income).
 */
export function evaluateEligibility(
  rules: ProgramEligibilityRules,
  applicant: EligibilityApplicant,
  asOf: Date,
  options: EligibilityOptions = {},
): EligibilityDetermination {
  const reasons: EligibilityReason[] = [];
  if (rules.minimumAge !== undefined || rules.maximumAge !== undefined) {
    reasons.push(ageReason(rules, applicant.dateOfBirth, calendarDateOf(asOf, options.timeZone ?? 'UTC')));
  }
  if (rules.counties !== undefined) reasons.push(countyReason(rules.counties, applicant.county));
  if (rules.maximumIncomePercentOfPovertyLine !== undefined) {
    reasons.push(incomeReason(rules, rules.maximumIncomePercentOfPovertyLine, applicant));
  }
  return { programId: rules.programId, eligible: reasons.every((reason) => reason.passed), reasons };
}

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function ageReason(rules: ProgramEligibilityRules, dateOfBirth: string, on: CalendarDate): EligibilityReason {
  const range = ageRangeText(rules.minimumAge, rules.maximumAge);
  // Checked at run time too: the applicant may come from parsed JSON.
  if (typeof dateOfBirth !== 'string' || dateOfBirth.trim() === '') {
    return { rule: 'age', passed: false, detail: `Date of birth is missing: the program serves ages ${range}` };
  }
  const age = ageOn(parseDateOfBirth(dateOfBirth), on);
  const date = formatDate(on);
  if (age < 0) throw EligibilityErrors.invalidInput('dateOfBirth', `${dateOfBirth} is after ${date}`);
  if (rules.minimumAge !== undefined && age < rules.minimumAge) {
    return {
      rule: 'age',
      passed: false,
      detail: `Age ${age} on ${date} is below the minimum age of ${rules.minimumAge}`,
    };
  }
  if (rules.maximumAge !== undefined && age > rules.maximumAge) {
    return {
      rule: 'age',
      passed: false,
      detail: `Age ${age} on ${date} is above the maximum age of ${rules.maximumAge}`,
    };
  }
  return { rule: 'age', passed: true, detail: `Age ${age} on ${date} is within the program's ages ${range}` };
}

// Whole years completed: the age goes up on the birthday itself; a 29 February birthday counts from 1 March in
// other years.
function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

function ageRangeText(minimum: number | undefined, maximum: number | undefined): string {
  if (minimum !== undefined && maximum !== undefined) return `${minimum} to ${maximum}`;
  if (minimum !== undefined) return `${minimum} and over`;
  return `${maximum ?? 0} and under`;
}

function parseDateOfBirth(value: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Round-tripping through Date.UTC catches dates that do not exist, such as 2023-02-29.
  const exists =
    date !== null && new Date(Date.UTC(date.year, date.month - 1, date.day)).toISOString().slice(0, 10) === value;
  if (!date || !exists) throw EligibilityErrors.invalidInput('dateOfBirth', `${value} is not a YYYY-MM-DD date`);
  return date;
}

function calendarDateOf(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(instant)
    .reduce<Record<string, number>>((found, part) => ({ ...found, [part.type]: Number(part.value) }), {});
  return { year: parts['year'] ?? NaN, month: parts['month'] ?? NaN, day: parts['day'] ?? NaN };
}

function formatDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function countyReason(counties: readonly string[], county: string | undefined): EligibilityReason {
  const served = counties.join(', ');
  if (county === undefined || county.trim() === '') {
    return { rule: 'county', passed: false, detail: `County is missing: the program serves ${served}` };
  }
  const normalized = normalizeCounty(county);
  const match = counties.find((candidate) => normalizeCounty(candidate) === normalized);
  return match === undefined
    ? { rule: 'county', passed: false, detail: `County ${county} is not served: the program serves ${served}` }
    : { rule: 'county', passed: true, detail: `County ${match} is served by the program` };
}

// Case and spacing differ between forms ("contra costa", "Contra  Costa "); the county is the same.
function normalizeCounty(county: string): string {
  return county.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
}

function incomeReason(
  rules: ProgramEligibilityRules,
  percent: number,
  { householdSize, annualHouseholdIncome }: EligibilityApplicant,
): EligibilityReason {
  const line = `${percent}% of the ${rules.povertyGuidelineYear} poverty guideline`;
  const missing = [
    householdSize === undefined ? 'household size' : undefined,
    annualHouseholdIncome === undefined ? 'annual household income' : undefined,
  ].filter((input) => input !== undefined);
  if (householdSize === undefined || annualHouseholdIncome === undefined) {
    const verb = missing.length > 1 ? 'are' : 'is';
    return {
      rule: 'income',
      passed: false,
      detail: `${capitalize(missing.join(' and '))} ${verb} missing: the program's limit is ${line}`,
    };
  }
  if (!Number.isFinite(annualHouseholdIncome) || annualHouseholdIncome < 0) {
    throw EligibilityErrors.invalidInput(
      'annualHouseholdIncome',
      `${annualHouseholdIncome} is not an amount of 0 or more`,
    );
  }
  const guideline = povertyGuideline(rules.povertyGuidelineYear, rules.region, householdSize);
  // Compared in hundredths so 138% of a whole-dollar guideline is exact, with no floating-point rounding.
  const passed = annualHouseholdIncome * 100 <= guideline * percent;
  const limit = (guideline * percent) / 100;
  const people = householdSize === 1 ? '1 person' : `${householdSize} people`;
  return {
    rule: 'income',
    passed,
    detail:
      `Annual household income ${dollars(annualHouseholdIncome)} is ${passed ? 'at or below' : 'above'} ${line} ` +
      `for a household of ${people} (${dollars(limit)})`,
  };
}

function dollars(amount: number): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  return amount.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: cents,
    maximumFractionDigits: cents,
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
