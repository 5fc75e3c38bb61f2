import { ConsentErrors } from './consent.errors';

// Signatures, revocations and expiry events record what has happened; a little clock skew between the worker's
// device and the server is not an error.
const CLOCK_SKEW_MS = 5 * 60_000;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function instant(element: string, value: string): Date {
  const parsed = new Date(value);
  if (!DATE_TIME.test(value) || Number.isNaN(parsed.getTime())) {
    throw ConsentErrors.invalid(element, 'is an ISO 8601 date-time with an offset');
  }
  return parsed;
}

/** An instant that has already happened (within clock skew); `now` when not given. */
export function pastInstant(element: string, value: string | undefined, now: Date): Date {
  const parsed = value === undefined ? now : instant(element, value);
  if (parsed.getTime() > now.getTime() + CLOCK_SKEW_MS) throw ConsentErrors.invalid(element, 'cannot be in the future');
  return parsed;
}
