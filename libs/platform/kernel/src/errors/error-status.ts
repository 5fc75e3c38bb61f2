import { type ErrorKind } from './domain-error';

export function httpStatusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'unprocessable':
      return 422;
    case 'unavailable':
      return 503;
    default: {
      const unknownKind: never = kind;
      throw new Error(`unmapped error kind ${String(unknownKind)}`);
    }
  }
}
