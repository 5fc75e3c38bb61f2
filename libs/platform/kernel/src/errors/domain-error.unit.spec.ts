import { contextErrorFactory, DomainError } from './domain-error';

describe('contextErrorFactory', () => {
  const referralError = contextErrorFactory<'REFERRAL'>();

  it("makes the context's DomainErrors with their code, kind, message and details", () => {
    const error = referralError('REFERRAL.ALREADY_ACCEPTED', 'conflict', 'Referral r-1 is already accepted', {
      referralId: 'r-1',
    });
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'REFERRAL.ALREADY_ACCEPTED',
      kind: 'conflict',
      message: 'Referral r-1 is already accepted',
      details: { referralId: 'r-1' },
    });
  });

  it("refuses, at compile time, a code without the context's prefix", () => {
    // @ts-expect-error another context's code
    const error = referralError('INTAKE.CASE_NOT_FOUND', 'not_found', 'no');
    expect(error.code).toBe('INTAKE.CASE_NOT_FOUND');
  });
});
