import { DomainError } from '@casemgmt/kernel';
import { MessagingError, errorClassOf, isInfrastructureError, isRetryable } from './messaging.errors';

describe('messaging errors', () => {
  it('is a DomainError with a code and a kind', () => {
    const error = MessagingError.poison('no such organisation');

    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'MESSAGING.POISON_MESSAGE', kind: 'unprocessable' });
    expect(errorClassOf(error)).toBe('MESSAGING.POISON_MESSAGE');
    expect(errorClassOf(new TypeError('x'))).toBe('TypeError');
  });

  it('retries everything except parse, schema and poison verdicts', () => {
    expect(isRetryable(new Error('deadlock detected'))).toBe(true);
    expect(isRetryable(new MessagingError('MESSAGING.UNPARSEABLE_MESSAGE', 'x'))).toBe(false);
    expect(isRetryable(new MessagingError('MESSAGING.SCHEMA_VIOLATION', 'x'))).toBe(false);
    expect(isRetryable(MessagingError.poison('x'))).toBe(false);
  });

  it('tells an unavailable database from a failing event', () => {
    const withCode = (code: string) => Object.assign(new Error('x'), { code });

    expect(isInfrastructureError(withCode('ECONNREFUSED'))).toBe(true);
    expect(isInfrastructureError(withCode('57P01'))).toBe(true); // admin shutdown
    expect(isInfrastructureError(withCode('08006'))).toBe(true); // connection failure
    expect(isInfrastructureError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isInfrastructureError(withCode('23505'))).toBe(false); // unique violation
    expect(isInfrastructureError(withCode('40P01'))).toBe(false); // deadlock: retry, then dead-letter
    expect(isInfrastructureError(new Error('no such organisation'))).toBe(false);
  });
});
