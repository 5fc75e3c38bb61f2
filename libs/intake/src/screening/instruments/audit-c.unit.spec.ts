import type { ScreeningAnswers, ScreeningSubject } from '../screening.types';
import { AUDIT_C_VERSION, scoreAuditC } from './audit-c';

function answersTotalling(total: number): Record<string, number> {
  const answers: Record<string, number> = {};
  let left = total;
  for (let item = 1; item <= 3; item++) {
    answers[String(item)] = Math.min(4, left);
    left -= answers[String(item)]!;
  }
  return answers;
}

describe('AUDIT-C scoring', () => {
  it.each([
    ['female', 2, false],
    ['female', 3, true],
    ['male', 3, false],
    ['male', 4, true],
  ] as const)('scores a %s with a total of %i as positive: %s', (sex, total, positive) => {
    const result = scoreAuditC(answersTotalling(total), { sex });

    expect(result).toMatchObject({ instrument: 'AUDIT-C', totalScore: total, positive, safetyFlag: false });
    expect(result.needs).toEqual(positive ? ['substance_use'] : []);
  });

  it.each(['female', 'male'] as const)('scores the minimum 0 and maximum 12 for a %s', (sex) => {
    expect(scoreAuditC(answersTotalling(0), { sex })).toMatchObject({ totalScore: 0, positive: false });
    expect(scoreAuditC(answersTotalling(12), { sex })).toMatchObject({ totalScore: 12, positive: true });
  });

  it('records the instrument version with the result', () => {
    expect(scoreAuditC(answersTotalling(0), { sex: 'male' }).instrumentVersion).toBe(AUDIT_C_VERSION);
  });

  it("refuses to score without the subject's sex, which sets the cut-off", () => {
    expect(() => scoreAuditC(answersTotalling(3), {})).toThrow(
      expect.objectContaining({
        code: 'INTAKE.SCREENING_SUBJECT_INVALID',
        kind: 'invalid',
        details: { instrument: 'AUDIT-C', field: 'sex', reason: 'missing' },
      }),
    );
  });

  it('refuses a sex it has no cut-off for', () => {
    expect(() => scoreAuditC(answersTotalling(3), { sex: 'unknown' } as unknown as ScreeningSubject)).toThrow(
      expect.objectContaining({
        code: 'INTAKE.SCREENING_SUBJECT_INVALID',
        details: { instrument: 'AUDIT-C', field: 'sex', reason: 'unknown_option' },
      }),
    );
  });

  describe('refuses invalid answers', () => {
    const invalid = (answers: ScreeningAnswers, item: string, reason: string) =>
      expect(() => scoreAuditC(answers, { sex: 'female' })).toThrow(
        expect.objectContaining({
          code: 'INTAKE.SCREENING_ANSWERS_INVALID',
          kind: 'invalid',
          details: { instrument: 'AUDIT-C', item, reason },
        }),
      );

    it('refuses a missing item', () => {
      const { '2': _missing, ...answers } = answersTotalling(0);
      invalid(answers, '2', 'missing');
    });

    it('refuses a score above 4', () => invalid({ ...answersTotalling(0), '3': 5 }, '3', 'out_of_range'));

    it('refuses a negative score', () => invalid({ ...answersTotalling(0), '1': -1 }, '1', 'out_of_range'));

    it('refuses an option code where a score is expected', () =>
      invalid({ ...answersTotalling(0), '1': 'monthly' }, '1', 'not_a_score'));

    it('refuses an item of the full AUDIT', () => invalid({ ...answersTotalling(0), '4': 0 }, '4', 'unknown_item'));
  });
});
