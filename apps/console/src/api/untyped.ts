import type { Result } from './client';

/** A result whose data the OpenAPI document leaves untyped, as the shape the service documents for it. */
export const typedAs = <T>(result: Result<unknown>): Result<T> =>
  result.ok ? { ok: true, data: result.data as T } : result;
