import { calendarDateOf, endOfDate, instantOf, isCalendarDate, validationFailed } from '@casemgmt/kernel';
import type { ComplianceClock } from '../../compliance/evaluate-case';

export const COMPLIANCE_CLOCKS = ['occurred', 'known'] as const;
export type ComplianceClockKind = (typeof COMPLIANCE_CLOCKS)[number];

/**
 * The clock a compliance read asks for: `occurred` (the read model, at now) or `known` on a date (the end of that
 * day in the agency's zone) or an instant, which must be given and not be in the future.
 */
export function clockOf(
  kind: ComplianceClockKind | undefined,
  knownOn: string | undefined,
  timeZone: string,
  now: Date,
): ComplianceClock {
  if ((kind ?? 'occurred') === 'occurred') {
    if (knownOn !== undefined) throw invalid('knownOn', 'is only for clock=known');
    return { kind: 'occurred' };
  }
  if (knownOn === undefined) throw invalid('knownOn', 'is required for clock=known');
  if (isCalendarDate(knownOn)) {
    if (knownOn > calendarDateOf(now, timeZone)) throw invalid('knownOn', 'must not be in the future');
    // Today's date means what is known by now.
    const end = endOfDate(knownOn, timeZone);
    return { kind: 'known', on: end.getTime() > now.getTime() ? now : end };
  }
  const on = instantOf(knownOn);
  if (on === null) throw invalid('knownOn', 'must be a date (YYYY-MM-DD) or an instant with its offset');
  if (on.getTime() > now.getTime()) throw invalid('knownOn', 'must not be in the future');
  return { kind: 'known', on };
}

/** A 400 naming the field and the reason. */
export function invalid(field: string, reason: string) {
  return validationFailed([{ field, reasons: [reason] }]);
}
