import { type ErrorKind } from './domain-error';
import { httpStatusOf } from './error-status';

describe('httpStatusOf', () => {
  it.each<[ErrorKind, number]>([
    ['invalid', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['unprocessable', 422],
    ['unavailable', 503],
  ])('maps %s to %i', (kind, status) => {
    expect(httpStatusOf(kind)).toBe(status);
  });
});
