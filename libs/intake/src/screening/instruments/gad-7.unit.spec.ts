import type { ScreeningAnswers } from '../screening.types';
import { GAD_7_VERSION, scoreGad7 } from './gad-7';

function answersTotalling(total: number): Record<string, number> {
  const answers: Record<string, number> = {};
  let left = total;
  for (let item = 1; item <= 7; item++) {
    answers[String(item)] = Math.min(3, left);
    left -= answers[String(item)]!;
  }
  return answers;
}

describe('GAD-7 scoring', () => {
  it.each([
    [0, 'minimal', false],
    [4, 'minimal', false],
    [5, 'mild', false],
    [9, 'mild', false],
    [10, 'moderate', true],
    [14, 'moderate', true],
    [15, 'severe', true],
    [21, 'severe', true],
  ])('scores a total of %i as %s (positive: %s)', (total, band, positive) => {
    const result = scoreGad7(answersTotalling(total));

    expect(result).toMatchObject({ instrument: 'GAD-7', totalScore: total, band, positive, safetyFlag: false });
    expect(result.needs).toEqual(positive ? ['mental_health'] : []);
  });

  it('records the instrument version with the result', () => {
    expect(scoreGad7(answersTotalling(0)).instrumentVersion).toBe(GAD_7_VERSION);
  });

  describe('refuses invalid answers', () => {
    const invalid = (answers: ScreeningAnswers, item: string, reason: string) =>
      expect(() => scoreGad7(answers)).toThrow(
        expect.objectContaining({
          code: 'INTAKE.SCREENING_ANSWERS_INVALID',
          kind: 'invalid',
          details: { instrument: 'GAD-7', item, reason },
        }),
      );

    it('refuses a missing item', () => {
      const { '7': _missing, ...answers } = answersTotalling(0);
      invalid(answers, '7', 'missing');
    });

    it('refuses a score above 3', () => invalid({ ...answersTotalling(0), '1': 4 }, '1', 'out_of_range'));

    it('refuses an option code where a score is expected', () =>
      invalid({ ...answersTotalling(0), '2': 'nearly_every_day' }, '2', 'not_a_score'));

    it('refuses the PHQ-9 items 8 and 9', () => invalid({ ...answersTotalling(0), '8': 0 }, '8', 'unknown_item'));
  });
});
