import type { ScreeningAnswers } from '../screening.types';
import { AHC_HRSN_VERSION, scoreAhcHrsn } from './ahc-hrsn';

// Every domain negative; the safety items at "never" (1) sum to 4.
const noNeeds: Readonly<Record<string, number | string>> = {
  '1': 'steady',
  '2': 'none',
  '3': 'never_true',
  '4': 'never_true',
  '5': 'no',
  '6': 'no',
  '7': 1,
  '8': 1,
  '9': 1,
  '10': 1,
};

describe('AHC health-related social needs scoring', () => {
  it('finds no needs when every domain is negative', () => {
    expect(scoreAhcHrsn(noNeeds)).toEqual({
      instrument: 'AHC-HRSN',
      instrumentVersion: AHC_HRSN_VERSION,
      positive: false,
      safetyFlag: false,
      needs: [],
      domains: {
        housing: { positive: false },
        food: { positive: false },
        transportation: { positive: false },
        utilities: { positive: false },
        interpersonal_safety: { positive: false, score: 4 },
      },
    });
  });

  it('has no total score, only per-domain results', () => {
    expect(scoreAhcHrsn(noNeeds).totalScore).toBeUndefined();
  });

  describe('housing', () => {
    it.each([
      ['steady_but_worried', true],
      ['not_steady', true],
      ['steady', false],
    ])('scores living situation %s as positive: %s', (situation, positive) => {
      const result = scoreAhcHrsn({ ...noNeeds, '1': situation });

      expect(result.domains?.['housing']).toEqual({ positive });
      expect(result.needs).toEqual(positive ? ['housing'] : []);
      expect(result.positive).toBe(positive);
    });

    it('is positive for a steady place with one housing problem', () => {
      expect(scoreAhcHrsn({ ...noNeeds, '2': 'mold' })).toMatchObject({
        positive: true,
        needs: ['housing'],
        domains: { housing: { positive: true } },
      });
    });

    it('accepts several housing problems with spaces after the commas', () => {
      expect(scoreAhcHrsn({ ...noNeeds, '2': 'pests, lead,heat ,smoke_detectors' }).needs).toEqual(['housing']);
    });

    it.each(['pests', 'mold', 'lead', 'heat', 'oven', 'smoke_detectors', 'water_leaks'])(
      'counts %s as a housing problem',
      (problem) => {
        expect(scoreAhcHrsn({ ...noNeeds, '2': problem }).domains?.['housing']?.positive).toBe(true);
      },
    );
  });

  describe('food', () => {
    it.each([
      ['often_true', 'never_true', true],
      ['sometimes_true', 'never_true', true],
      ['never_true', 'often_true', true],
      ['never_true', 'sometimes_true', true],
      ['never_true', 'never_true', false],
    ])('scores worry %s and running out %s as positive: %s', (worry, ranOut, positive) => {
      const result = scoreAhcHrsn({ ...noNeeds, '3': worry, '4': ranOut });

      expect(result.domains?.['food']).toEqual({ positive });
      expect(result.needs).toEqual(positive ? ['food'] : []);
    });
  });

  describe('transportation', () => {
    it.each([
      ['yes', true],
      ['no', false],
    ])('scores %s as positive: %s', (answer, positive) => {
      const result = scoreAhcHrsn({ ...noNeeds, '5': answer });

      expect(result.domains?.['transportation']).toEqual({ positive });
      expect(result.needs).toEqual(positive ? ['transportation'] : []);
    });
  });

  describe('utilities', () => {
    it.each([
      ['yes', true],
      ['already_shut_off', true],
      ['no', false],
    ])('scores %s as positive: %s', (answer, positive) => {
      const result = scoreAhcHrsn({ ...noNeeds, '6': answer });

      expect(result.domains?.['utilities']).toEqual({ positive });
      expect(result.needs).toEqual(positive ? ['utilities'] : []);
    });
  });

  describe('interpersonal safety', () => {
    it('is negative at a sum of 10 and raises no safety flag', () => {
      const result = scoreAhcHrsn({ ...noNeeds, '7': 4, '8': 3, '9': 2, '10': 1 });

      expect(result).toMatchObject({
        positive: false,
        safetyFlag: false,
        needs: [],
        domains: { interpersonal_safety: { positive: false, score: 10 } },
      });
    });

    it('is positive above 10 and raises the safety flag', () => {
      const result = scoreAhcHrsn({ ...noNeeds, '7': 4, '8': 3, '9': 2, '10': 2 });

      expect(result).toMatchObject({
        positive: true,
        safetyFlag: true,
        needs: ['interpersonal_safety'],
        domains: { interpersonal_safety: { positive: true, score: 11 } },
      });
    });

    it('scores the maximum of 20 when every answer is "frequently"', () => {
      const result = scoreAhcHrsn({ ...noNeeds, '7': 5, '8': 5, '9': 5, '10': 5 });

      expect(result.domains?.['interpersonal_safety']).toEqual({ positive: true, score: 20 });
    });
  });

  it('lists every positive domain as a need, in domain order', () => {
    const result = scoreAhcHrsn({
      '1': 'not_steady',
      '2': 'water_leaks',
      '3': 'often_true',
      '4': 'often_true',
      '5': 'yes',
      '6': 'already_shut_off',
      '7': 5,
      '8': 5,
      '9': 5,
      '10': 5,
    });

    expect(result).toMatchObject({
      positive: true,
      safetyFlag: true,
      needs: ['housing', 'food', 'transportation', 'utilities', 'interpersonal_safety'],
    });
  });

  describe('refuses invalid answers', () => {
    const invalid = (answers: ScreeningAnswers, item: string, reason: string) =>
      expect(() => scoreAhcHrsn(answers)).toThrow(
        expect.objectContaining({
          code: 'INTAKE.SCREENING_ANSWERS_INVALID',
          kind: 'invalid',
          details: { instrument: 'AHC-HRSN', item, reason },
        }),
      );

    it('refuses a missing option item', () => {
      const { '6': _missing, ...answers } = noNeeds;
      invalid(answers, '6', 'missing');
    });

    it('refuses a missing safety item', () => {
      const { '10': _missing, ...answers } = noNeeds;
      invalid(answers, '10', 'missing');
    });

    it('refuses an empty answer as missing', () => invalid({ ...noNeeds, '1': '' }, '1', 'missing'));

    it('refuses an unknown living situation', () => invalid({ ...noNeeds, '1': 'homeless' }, '1', 'unknown_option'));

    it('refuses a score where an option is expected', () => invalid({ ...noNeeds, '5': 1 }, '5', 'unknown_option'));

    it('refuses an unknown food answer', () => invalid({ ...noNeeds, '4': 'always_true' }, '4', 'unknown_option'));

    it('refuses an unknown utilities answer', () => invalid({ ...noNeeds, '6': 'maybe' }, '6', 'unknown_option'));

    it('refuses an unknown housing problem', () =>
      invalid({ ...noNeeds, '2': 'mold,asbestos' }, '2', 'unknown_option'));

    it('refuses "none" together with a housing problem', () =>
      invalid({ ...noNeeds, '2': 'none,mold' }, '2', 'conflicting_options'));

    it('refuses a housing problem list with no option in it', () =>
      invalid({ ...noNeeds, '2': ' , ' }, '2', 'missing'));

    it('refuses a safety answer of 0, below "never"', () => invalid({ ...noNeeds, '7': 0 }, '7', 'out_of_range'));

    it('refuses a safety answer of 6, above "frequently"', () => invalid({ ...noNeeds, '8': 6 }, '8', 'out_of_range'));

    it('refuses a safety answer given as an option code', () =>
      invalid({ ...noNeeds, '9': 'sometimes' }, '9', 'not_a_score'));

    it('refuses an item the core questions do not have', () =>
      invalid({ ...noNeeds, '11': 'yes' }, '11', 'unknown_item'));
  });
});
