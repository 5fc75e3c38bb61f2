import { evaluateEligibility } from './eligibility.rules';
import { POVERTY_GUIDELINES } from './poverty-guidelines';
import { DEFAULT_PROGRAMS, findProgram } from './programs';

const asOf = new Date('2025-03-10T12:00:00Z');

describe('default programs', () => {
  it('finds a program by id', () => {
    expect(findProgram('housing-stabilization')).toMatchObject({
      name: 'Housing Stabilization Services',
      maximumIncomePercentOfPovertyLine: 138,
    });
  });

  it('finds nothing for an unknown id', () => {
    expect(findProgram('space-tourism')).toBeUndefined();
  });

  it('finds a program in a catalogue an agency configures', () => {
    const own = [{ programId: 'own', name: 'Own', povertyGuidelineYear: 2025, region: 'hawaii' as const }];

    expect(findProgram('own', own)).toBe(own[0]);
    expect(findProgram('youth-mobile-crisis', own)).toBeUndefined();
  });

  it('gives every program its own id and a guideline year on file', () => {
    const ids = DEFAULT_PROGRAMS.map(({ programId }) => programId);

    expect(new Set(ids).size).toBe(ids.length);
    for (const program of DEFAULT_PROGRAMS) {
      expect(POVERTY_GUIDELINES[program.povertyGuidelineYear]?.[program.region]).toBeDefined();
    }
  });

  it('admits an adult with a low income to adult behavioral health in any county', () => {
    const program = findProgram('adult-behavioral-health');

    expect(program).toBeDefined();
    expect(
      evaluateEligibility(
        program!,
        { dateOfBirth: '1985-01-01', county: 'Anywhere', householdSize: 4, annualHouseholdIncome: 64_300 },
        asOf,
      ).eligible,
    ).toBe(true);
  });

  it('admits a 17-year-old to youth mobile crisis and not an 18-year-old', () => {
    const program = findProgram('youth-mobile-crisis')!;

    expect(evaluateEligibility(program, { dateOfBirth: '2007-03-11' }, asOf).eligible).toBe(true);
    expect(evaluateEligibility(program, { dateOfBirth: '2007-03-10' }, asOf).eligible).toBe(false);
  });

  it('limits housing stabilization to its counties and 138% FPL', () => {
    const program = findProgram('housing-stabilization')!;
    const applicant = {
      dateOfBirth: '1985-01-01',
      county: 'San Joaquin',
      householdSize: 1,
      annualHouseholdIncome: 21_597,
    };

    expect(evaluateEligibility(program, applicant, asOf).eligible).toBe(true);
    expect(evaluateEligibility(program, { ...applicant, annualHouseholdIncome: 21_598 }, asOf).eligible).toBe(false);
    expect(evaluateEligibility(program, { ...applicant, county: 'Sacramento' }, asOf).eligible).toBe(false);
  });
});
