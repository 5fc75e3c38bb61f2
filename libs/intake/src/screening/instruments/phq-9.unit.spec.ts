import type { ScreeningAnswers } from '../screening.types';
import { PHQ_9_VERSION, scorePhq9 } from './phq-9';

// Fills items 1..9 in order with 3s until the total is reached, so item 9 stays 0 below a total of 25.
function answersTotalling(total: number): Record<string, number> {
  const answers: Record<string, number> = {};
  let left = total;
  for (let item = 1; item <= 9; item++) {
    answers[String(item)] = Math.min(3, left);
    left -= answers[String(item)]!;
  }
  return answers;
}

describe('PHQ-9 scoring', () => {
  it.each([
    [0, 'none_minimal', false],
    [4, 'none_minimal', false],
    [5, 'mild', false],
    [9, 'mild', false],
    [10, 'moderate', true],
    [14, 'moderate', true],
    [15, 'moderately_severe', true],
    [19, 'moderately_severe', true],
    [20, 'severe', true],
    [27, 'severe', true],
  ])('scores a total of %i as %s (positive: %s)', (total, band, positive) => {
    const result = scorePhq9(answersTotalling(total));

    expect(result).toMatchObject({ instrument: 'PHQ-9', totalScore: total, band, positive });
    expect(result.needs).toEqual(positive ? ['mental_health'] : []);
  });

  it('records the instrument version with the result', () => {
    expect(scorePhq9(answersTotalling(0)).instrumentVersion).toBe(PHQ_9_VERSION);
  });

  it('raises no safety flag when item 9 is answered 0, even with a severe total', () => {
    const answers = answersTotalling(24);

    expect(answers['9']).toBe(0);
    expect(scorePhq9(answers)).toMatchObject({ band: 'severe', safetyFlag: false });
  });

  it('flags safety when item 9 is above 0 although the total is minimal', () => {
    const result = scorePhq9({ ...answersTotalling(0), '9': 1 });

    expect(result).toMatchObject({ totalScore: 1, band: 'none_minimal', positive: false, safetyFlag: true });
    expect(result.needs).toEqual([]);
  });

  it.each([2, 3])('flags safety for item 9 answered %i', (score) => {
    expect(scorePhq9({ ...answersTotalling(0), '9': score }).safetyFlag).toBe(true);
  });

  describe('refuses invalid answers', () => {
    const invalid = (answers: ScreeningAnswers, item: string, reason: string) =>
      expect(() => scorePhq9(answers)).toThrow(
        expect.objectContaining({
          code: 'INTAKE.SCREENING_ANSWERS_INVALID',
          kind: 'invalid',
          details: { instrument: 'PHQ-9', item, reason },
        }),
      );

    it('refuses a missing item', () => {
      const { '5': _missing, ...answers } = answersTotalling(0);
      invalid(answers, '5', 'missing');
    });

    it('refuses a score above 3', () => invalid({ ...answersTotalling(0), '2': 4 }, '2', 'out_of_range'));

    it('refuses a negative score', () => invalid({ ...answersTotalling(0), '3': -1 }, '3', 'out_of_range'));

    it('refuses a fractional score', () => invalid({ ...answersTotalling(0), '1': 1.5 }, '1', 'out_of_range'));

    it('refuses an option code where a score is expected', () =>
      invalid({ ...answersTotalling(0), '4': 'several_days' }, '4', 'not_a_score'));

    it('refuses an item the instrument does not have', () =>
      invalid({ ...answersTotalling(0), '10': 0 }, '10', 'unknown_item'));

    it('refuses an item number written differently from the instrument', () =>
      invalid({ ...answersTotalling(0), '01': 0 }, '01', 'unknown_item'));
  });
});
