import { isIsoDuration } from '@casemgmt/kernel';

/** The priorities intake opens cases with; each has its own first-contact deadline. */
export const CASE_PRIORITIES = ['emergency', 'urgent', 'routine'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/**
 * The deadlines and intervals of a program, from configuration, not code: what care plan's reviews and the
 * worklist count with. Durations are ISO 8601, counted in the agency's time zone (`P5D` is five calendar days).
 */
export interface ProgramSettings {
  /** From the case's opening to the first contact with the client, by the case's priority. */
  readonly firstContactWithin: Readonly<Record<CasePriority, string>>;
  /** From the case's opening to an approved plan. */
  readonly planApprovedWithin: string;
  /** From an approval or a review to the next review, in days. */
  readonly reviewIntervalDays: number;
  /** Business days after a missed appointment by which the worker follows it up. */
  readonly missedAppointmentFollowUpBusinessDays: number;
}

/** Every program's settings unless configured: 24 hours, 5 and 14 days to first contact; 30 days; 90 days; 1. */
export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = {
  firstContactWithin: { emergency: 'PT24H', urgent: 'P5D', routine: 'P14D' },
  planApprovedWithin: 'P30D',
  reviewIntervalDays: 90,
  missedAppointmentFollowUpBusinessDays: 1,
};

/** Care plan's configuration: the agency's time zone and holidays, and each program's settings where not the default. */
export interface CarePlanSettings {
  readonly timeZone: string;
  /** The agency's holidays (`YYYY-MM-DD`): no business day. */
  readonly holidays?: readonly string[];
  readonly programs: Readonly<Record<string, ProgramSettings>>;
}

/** The settings of a program: its own where configured, the default otherwise. */
export function settingsOf(settings: CarePlanSettings, programId: string): ProgramSettings {
  return settings.programs[programId] ?? DEFAULT_PROGRAM_SETTINGS;
}

/**
 * Reads `{ "<program id>": { ...partial settings } }`, each program's settings over the default; throws naming the
 * program, the field and the reason when anything is not as {@link ProgramSettings} says.
 */
export function parseProgramSettings(json: string): Record<string, ProgramSettings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('program settings: not JSON');
  }
  if (!isRecord(parsed)) throw new Error('program settings: must be an object of program ids');
  return Object.fromEntries(
    Object.entries(parsed).map(([programId, value]) => [programId, programOf(programId, value)]),
  );
}

function programOf(programId: string, value: unknown): ProgramSettings {
  const fail = (field: string, reason: string): never => {
    throw new Error(`program settings: ${programId}.${field} ${reason}`);
  };
  if (!isRecord(value)) return fail('', 'must be an object');
  const known = new Set(Object.keys(DEFAULT_PROGRAM_SETTINGS));
  for (const field of Object.keys(value)) if (!known.has(field)) fail(field, 'is not a setting');
  const firstContact = value['firstContactWithin'] ?? {};
  if (!isRecord(firstContact)) return fail('firstContactWithin', 'must be an object of priorities');
  const firstContactWithin = Object.fromEntries(
    CASE_PRIORITIES.map((priority) => {
      const duration = firstContact[priority] ?? DEFAULT_PROGRAM_SETTINGS.firstContactWithin[priority];
      if (typeof duration !== 'string' || !isIsoDuration(duration)) {
        fail(`firstContactWithin.${priority}`, 'must be an ISO 8601 duration such as PT24H or P5D');
      }
      return [priority, duration as string];
    }),
  ) as Record<CasePriority, string>;
  const planApprovedWithin = value['planApprovedWithin'] ?? DEFAULT_PROGRAM_SETTINGS.planApprovedWithin;
  if (typeof planApprovedWithin !== 'string' || !isIsoDuration(planApprovedWithin)) {
    fail('planApprovedWithin', 'must be an ISO 8601 duration such as P30D');
  }
  const days = (field: 'reviewIntervalDays' | 'missedAppointmentFollowUpBusinessDays', max: number): number => {
    const days = value[field] ?? DEFAULT_PROGRAM_SETTINGS[field];
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > max) {
      fail(field, `must be a whole number of days from 1 to ${max}`);
    }
    return days as number;
  };
  return {
    firstContactWithin,
    planApprovedWithin: planApprovedWithin as string,
    reviewIntervalDays: days('reviewIntervalDays', 730),
    missedAppointmentFollowUpBusinessDays: days('missedAppointmentFollowUpBusinessDays', 10),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
