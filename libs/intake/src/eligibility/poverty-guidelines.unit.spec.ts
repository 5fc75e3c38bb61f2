import { povertyGuideline } from './poverty-guidelines';

describe('HHS poverty guidelines', () => {
  it.each([
    [1, 15_650],
    [2, 21_150],
    [3, 26_650],
    [4, 32_150],
    [5, 37_650],
    [6, 43_150],
    [7, 48_650],
    [8, 54_150],
  ])('gives the 2025 guideline for the 48 contiguous states and DC, household of %i: $%i', (size, amount) => {
    expect(povertyGuideline(2025, 'contiguous', size)).toBe(amount);
  });

  it.each([
    ['alaska', 1, 19_550],
    ['alaska', 4, 40_190],
    ['hawaii', 1, 17_990],
    ['hawaii', 4, 36_980],
  ] as const)('gives the 2025 guideline for %s, household of %i: $%i', (region, size, amount) => {
    expect(povertyGuideline(2025, region, size)).toBe(amount);
  });

  it('keeps earlier years for programs that still apply them', () => {
    expect(povertyGuideline(2024, 'contiguous', 4)).toBe(31_200);
  });

  it('refuses a year that is not on file', () => {
    expect(() => povertyGuideline(2019, 'contiguous', 1)).toThrow(
      expect.objectContaining({
        code: 'INTAKE.POVERTY_GUIDELINE_UNKNOWN',
        kind: 'unprocessable',
        details: { year: 2019, region: 'contiguous' },
      }),
    );
  });

  it.each([0, -1, 2.5])('refuses a household of %d people', (size) => {
    expect(() => povertyGuideline(2025, 'contiguous', size)).toThrow(
      expect.objectContaining({
        code: 'INTAKE.ELIGIBILITY_INPUT_INVALID',
        kind: 'invalid',
        details: expect.objectContaining({ field: 'householdSize' }),
      }),
    );
  });
});
