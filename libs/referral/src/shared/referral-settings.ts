import { endOfNextBusinessDay } from '@casemgmt/kernel';

/** What a program sets of its referrals: how many business days the receiving organisation has to answer. */
export interface ReferralProgramSettings {
  readonly responseBusinessDays: number;
}

/** Every program's settings unless configured: three business days to answer. */
export const DEFAULT_REFERRAL_PROGRAM_SETTINGS: ReferralProgramSettings = { responseBusinessDays: 3 };

/** Referral's configuration: the agency's time zone and holidays, and each program's settings. */
export interface ReferralSettings {
  readonly timeZone: string;
  /** The agency's holidays (`YYYY-MM-DD`): no business day. */
  readonly holidays?: readonly string[];
  readonly programs: Readonly<Record<string, ReferralProgramSettings>>;
}

/**
 * When the receiving organisation's answer to a referral sent at `sentAt` is due: the end of the program's number of
 * business days after the day of the send, in the agency's time zone, its holidays no business days.
 */
export function answerDueAt(settings: ReferralSettings, programId: string, sentAt: Date): Date {
  const { responseBusinessDays } = referralSettingsOf(settings, programId);
  return endOfNextBusinessDay(sentAt, settings.timeZone, responseBusinessDays, settings.holidays ?? []);
}

export function referralSettingsOf(settings: ReferralSettings, programId: string): ReferralProgramSettings {
  return settings.programs[programId] ?? DEFAULT_REFERRAL_PROGRAM_SETTINGS;
}

/**
 * Reads `{ "<program id>": { "responseBusinessDays": 5 } }`; throws naming the program, the field and the reason
 * when anything is not as {@link ReferralProgramSettings} says.
 */
export function parseReferralPrograms(json: string): Record<string, ReferralProgramSettings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('referral program settings: not JSON');
  }
  if (!isRecord(parsed)) throw new Error('referral program settings: must be an object of program ids');
  return Object.fromEntries(
    Object.entries(parsed).map(([programId, value]) => {
      if (!isRecord(value)) throw new Error(`referral program settings: ${programId} must be an object`);
      for (const field of Object.keys(value)) {
        if (field !== 'responseBusinessDays') {
          throw new Error(`referral program settings: ${programId}.${field} is not a setting`);
        }
      }
      const days = value['responseBusinessDays'] ?? DEFAULT_REFERRAL_PROGRAM_SETTINGS.responseBusinessDays;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 30) {
        throw new Error(
          `referral program settings: ${programId}.responseBusinessDays must be a whole number of days from 1 to 30`,
        );
      }
      return [programId, { responseBusinessDays: days }];
    }),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
