import { evaluateEligibility, type ProgramEligibilityRules } from './eligibility.rules';

const base = { povertyGuidelineYear: 2025, region: 'contiguous' } as const;
const adults: ProgramEligibilityRules = { ...base, programId: 'adults', name: 'Adults', minimumAge: 18 };
const youth: ProgramEligibilityRules = { ...base, programId: 'youth', name: 'Youth', maximumAge: 17 };
const countyProgram: ProgramEligibilityRules = {
  ...base,
  programId: 'county',
  name: 'County',
  counties: ['Alameda', 'Contra Costa'],
};
const incomeProgram = (percent: number): ProgramEligibilityRules => ({
  ...base,
  programId: `income-${percent}`,
  name: `Income up to ${percent}% FPL`,
  maximumIncomePercentOfPovertyLine: percent,
});
const allRules: ProgramEligibilityRules = {
  ...base,
  programId: 'housing',
  name: 'Housing',
  minimumAge: 18,
  maximumAge: 64,
  counties: ['Alameda', 'Contra Costa'],
  maximumIncomePercentOfPovertyLine: 138,
};

const adult = { dateOfBirth: '1990-06-15' };
const on = (date: string) => new Date(`${date}T12:00:00Z`);
const reasonOf = (rules: ProgramEligibilityRules, applicant: Parameters<typeof evaluateEligibility>[1]) => {
  const { reasons } = evaluateEligibility(rules, applicant, on('2025-03-10'));
  expect(reasons).toHaveLength(1);
  return reasons[0];
};

describe('evaluateEligibility', () => {
  describe('age', () => {
    it('refuses an applicant the day before the 18th birthday', () => {
      expect(evaluateEligibility(adults, { dateOfBirth: '2007-03-10' }, on('2025-03-09'))).toEqual({
        programId: 'adults',
        eligible: false,
        reasons: [{ rule: 'age', passed: false, detail: 'Age 17 on 2025-03-09 is below the minimum age of 18' }],
      });
    });

    it('accepts an applicant on the 18th birthday', () => {
      expect(evaluateEligibility(adults, { dateOfBirth: '2007-03-10' }, on('2025-03-10'))).toEqual({
        programId: 'adults',
        eligible: true,
        reasons: [
          { rule: 'age', passed: true, detail: "Age 18 on 2025-03-10 is within the program's ages 18 and over" },
        ],
      });
    });

    it('keeps a youth program open until the 18th birthday and closes it on that day', () => {
      expect(evaluateEligibility(youth, { dateOfBirth: '2007-03-10' }, on('2025-03-09')).eligible).toBe(true);
      expect(evaluateEligibility(youth, { dateOfBirth: '2007-03-10' }, on('2025-03-10'))).toMatchObject({
        eligible: false,
        reasons: [{ rule: 'age', passed: false, detail: 'Age 18 on 2025-03-10 is above the maximum age of 17' }],
      });
    });

    it('accepts both ends of an age range and refuses the day after it ends', () => {
      const workingAge: ProgramEligibilityRules = { ...adults, minimumAge: 18, maximumAge: 64 };
      const eligible = (dateOfBirth: string) =>
        evaluateEligibility(workingAge, { dateOfBirth }, on('2025-03-10')).eligible;

      expect(eligible('2007-03-10')).toBe(true);
      expect(eligible('1960-03-11')).toBe(true);
      expect(eligible('1960-03-10')).toBe(false);
    });

    it('counts a 29 February birthday from 1 March in other years', () => {
      const born = { dateOfBirth: '2008-02-29' };
      expect(evaluateEligibility(adults, born, on('2026-02-28')).eligible).toBe(false);
      expect(evaluateEligibility(adults, born, on('2026-03-01')).eligible).toBe(true);
    });

    it("computes the age on the calendar date of the agency's time zone", () => {
      // 03:00 UTC on the birthday is still the evening before in California.
      const asOf = new Date('2025-03-10T03:00:00Z');
      const applicant = { dateOfBirth: '2007-03-10' };

      expect(evaluateEligibility(adults, applicant, asOf).eligible).toBe(true);
      expect(evaluateEligibility(adults, applicant, asOf, { timeZone: 'America/Los_Angeles' })).toMatchObject({
        eligible: false,
        reasons: [{ detail: 'Age 17 on 2025-03-09 is below the minimum age of 18' }],
      });
    });

    it('fails the age rule when the date of birth is missing', () => {
      expect(reasonOf(adults, { dateOfBirth: '' })).toEqual({
        rule: 'age',
        passed: false,
        detail: 'Date of birth is missing: the program serves ages 18 and over',
      });
    });

    it.each(['15/06/1990', '1990-6-15', '2023-02-29', '1990-13-01'])('refuses the date of birth %s', (dateOfBirth) => {
      expect(() => evaluateEligibility(adults, { dateOfBirth }, on('2025-03-10'))).toThrow(
        expect.objectContaining({
          code: 'INTAKE.ELIGIBILITY_INPUT_INVALID',
          kind: 'invalid',
          details: expect.objectContaining({ field: 'dateOfBirth' }),
        }),
      );
    });

    it('refuses a date of birth after the determination date', () => {
      expect(() => evaluateEligibility(youth, { dateOfBirth: '2025-03-11' }, on('2025-03-10'))).toThrow(
        expect.objectContaining({
          code: 'INTAKE.ELIGIBILITY_INPUT_INVALID',
          details: expect.objectContaining({ field: 'dateOfBirth' }),
        }),
      );
    });
  });

  describe('county', () => {
    it.each(['Alameda', 'alameda', 'CONTRA COSTA', ' contra  costa '])('accepts %j as a served county', (county) => {
      expect(reasonOf(countyProgram, { ...adult, county })).toMatchObject({ rule: 'county', passed: true });
    });

    it('names the served county in its own spelling', () => {
      expect(reasonOf(countyProgram, { ...adult, county: 'contra costa' })?.detail).toBe(
        'County Contra Costa is served by the program',
      );
    });

    it('refuses a county the program does not serve', () => {
      expect(evaluateEligibility(countyProgram, { ...adult, county: 'Marin' }, on('2025-03-10'))).toEqual({
        programId: 'county',
        eligible: false,
        reasons: [
          {
            rule: 'county',
            passed: false,
            detail: 'County Marin is not served: the program serves Alameda, Contra Costa',
          },
        ],
      });
    });

    it.each([undefined, '', '  '])('fails the county rule when the county is missing (%j)', (county) => {
      expect(reasonOf(countyProgram, { ...adult, county })).toEqual({
        rule: 'county',
        passed: false,
        detail: 'County is missing: the program serves Alameda, Contra Costa',
      });
    });
  });

  describe('income', () => {
    it.each([
      [200, 1, 31_299, true],
      [200, 1, 31_300, true],
      [200, 1, 31_301, false],
      [200, 4, 64_299, true],
      [200, 4, 64_300, true],
      [200, 4, 64_300.01, false],
      [138, 1, 21_597, true],
      [138, 1, 21_598, false],
      [138, 4, 44_367, true],
      [138, 4, 44_368, false],
    ])('at %i%% FPL, a household of %i earning $%d passes: %s', (percent, householdSize, income, passed) => {
      const determination = evaluateEligibility(
        incomeProgram(percent),
        { ...adult, householdSize, annualHouseholdIncome: income },
        on('2025-03-10'),
      );

      expect(determination.eligible).toBe(passed);
      expect(determination.reasons).toEqual([expect.objectContaining({ rule: 'income', passed })]);
    });

    it('explains the comparison with the limit for the household', () => {
      expect(reasonOf(incomeProgram(138), { ...adult, householdSize: 4, annualHouseholdIncome: 44_368 })?.detail).toBe(
        'Annual household income $44,368 is above 138% of the 2025 poverty guideline for a household of 4 people ($44,367)',
      );
      expect(
        reasonOf(incomeProgram(200), { ...adult, householdSize: 1, annualHouseholdIncome: 12_000.5 })?.detail,
      ).toBe(
        'Annual household income $12,000.50 is at or below 200% of the 2025 poverty guideline for a household of 1 person ($31,300)',
      );
    });

    it("uses the program's region", () => {
      const alaska = { ...incomeProgram(100), region: 'alaska' as const };

      expect(
        evaluateEligibility(alaska, { ...adult, householdSize: 1, annualHouseholdIncome: 19_550 }, on('2025-03-10'))
          .eligible,
      ).toBe(true);
      expect(
        evaluateEligibility(
          incomeProgram(100),
          { ...adult, householdSize: 1, annualHouseholdIncome: 19_550 },
          on('2025-03-10'),
        ).eligible,
      ).toBe(false);
    });

    it('fails the income rule when the household size is missing', () => {
      expect(reasonOf(incomeProgram(200), { ...adult, annualHouseholdIncome: 10_000 })).toEqual({
        rule: 'income',
        passed: false,
        detail: "Household size is missing: the program's limit is 200% of the 2025 poverty guideline",
      });
    });

    it('fails the income rule when the income is missing', () => {
      expect(reasonOf(incomeProgram(200), { ...adult, householdSize: 2 })).toEqual({
        rule: 'income',
        passed: false,
        detail: "Annual household income is missing: the program's limit is 200% of the 2025 poverty guideline",
      });
    });

    it('fails the income rule naming both inputs when both are missing', () => {
      expect(reasonOf(incomeProgram(200), adult)?.detail).toBe(
        "Household size and annual household income are missing: the program's limit is 200% of the 2025 poverty guideline",
      );
    });

    it('treats an income of 0 as given, not missing', () => {
      expect(reasonOf(incomeProgram(200), { ...adult, householdSize: 1, annualHouseholdIncome: 0 })?.passed).toBe(true);
    });

    it('refuses a negative income', () => {
      expect(() =>
        evaluateEligibility(
          incomeProgram(200),
          { ...adult, householdSize: 1, annualHouseholdIncome: -1 },
          on('2025-03-10'),
        ),
      ).toThrow(
        expect.objectContaining({
          code: 'INTAKE.ELIGIBILITY_INPUT_INVALID',
          details: expect.objectContaining({ field: 'annualHouseholdIncome' }),
        }),
      );
    });

    it('refuses a household of 0 people', () => {
      expect(() =>
        evaluateEligibility(
          incomeProgram(200),
          { ...adult, householdSize: 0, annualHouseholdIncome: 1 },
          on('2025-03-10'),
        ),
      ).toThrow(
        expect.objectContaining({
          code: 'INTAKE.ELIGIBILITY_INPUT_INVALID',
          details: expect.objectContaining({ field: 'householdSize' }),
        }),
      );
    });

    it('refuses a program whose guideline year is not on file', () => {
      expect(() =>
        evaluateEligibility(
          { ...incomeProgram(200), povertyGuidelineYear: 1999 },
          { ...adult, householdSize: 1, annualHouseholdIncome: 1 },
          on('2025-03-10'),
        ),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.POVERTY_GUIDELINE_UNKNOWN' }));
    });
  });

  describe('reasons', () => {
    it('lists one passing reason per rule, in the order age, county, income', () => {
      expect(
        evaluateEligibility(
          allRules,
          { dateOfBirth: '1990-06-15', county: 'alameda', householdSize: 4, annualHouseholdIncome: 40_000 },
          on('2025-03-10'),
        ),
      ).toEqual({
        programId: 'housing',
        eligible: true,
        reasons: [
          { rule: 'age', passed: true, detail: "Age 34 on 2025-03-10 is within the program's ages 18 to 64" },
          { rule: 'county', passed: true, detail: 'County Alameda is served by the program' },
          {
            rule: 'income',
            passed: true,
            detail:
              'Annual household income $40,000 is at or below 138% of the 2025 poverty guideline for a household of 4 people ($44,367)',
          },
        ],
      });
    });

    it('lists every rule when one fails, so the worker sees all that is wrong', () => {
      const determination = evaluateEligibility(
        allRules,
        { dateOfBirth: '2010-01-01', county: 'Marin' },
        on('2025-03-10'),
      );

      expect(determination.eligible).toBe(false);
      expect(determination.reasons.map(({ rule, passed }) => ({ rule, passed }))).toEqual([
        { rule: 'age', passed: false },
        { rule: 'county', passed: false },
        { rule: 'income', passed: false },
      ]);
    });

    it('is ineligible when only one of several rules fails', () => {
      const determination = evaluateEligibility(
        allRules,
        { dateOfBirth: '1990-06-15', county: 'Alameda', householdSize: 1, annualHouseholdIncome: 50_000 },
        on('2025-03-10'),
      );

      expect(determination.eligible).toBe(false);
      expect(determination.reasons.map(({ passed }) => passed)).toEqual([true, true, false]);
    });

    it('finds everyone eligible for a program with no rules, with no reasons to give', () => {
      expect(evaluateEligibility({ ...base, programId: 'open', name: 'Open door' }, adult, on('2025-03-10'))).toEqual({
        programId: 'open',
        eligible: true,
        reasons: [],
      });
    });
  });
});
