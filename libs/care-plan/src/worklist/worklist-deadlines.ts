import { after, endOfDate } from '@casemgmt/kernel';
import { CASE_PRIORITIES, settingsOf, type CarePlanSettings } from '../shared/program-settings';

/** What the worklist asks of a case's workers. */
export const WORKLIST_KINDS = [
  'first_contact',
  'plan_approval',
  'plan_review',
  'safety_follow_up',
  'missed_appointment_follow_up',
  'intervention_due',
  'referral_answer',
  'referral_follow_up',
  'compliance_deadline',
] as const;
export type WorklistKind = (typeof WORKLIST_KINDS)[number];

/** What takes each kind of item off the list, as the worker reads it. */
export const SATISFIED_BY: Readonly<Record<WorklistKind, string>> = {
  first_contact: 'A contact with the client or about them that reached someone (an attempt does not count)',
  plan_approval: 'A care plan approved by a supervisor of the team',
  plan_review: 'A review of the plan, or its approval again',
  safety_follow_up: 'A contact that reached someone, at or after the safety flag was raised',
  missed_appointment_follow_up: 'The missed appointment followed up',
  intervention_due: 'The intervention completed or cancelled',
  referral_answer: 'The receiving organisation accepting or rejecting the referral, or the agency cancelling it',
  referral_follow_up: 'The client asked whether the service helped (need met, partly met or not met)',
  compliance_deadline: 'What the agency’s compliance rule asks (its description), before it falls due and is fined',
};

/** Kinds whose item, once overdue, is escalated to the supervisors of the case's team (issue 13). */
export const ESCALATING_KINDS: readonly WorklistKind[] = ['referral_answer'];

/** Since when an item is escalated: its due instant once it is past, for a kind that escalates; otherwise null. */
export function escalatedSince(kind: WorklistKind, dueAt: Date, now: Date): Date | null {
  return ESCALATING_KINDS.includes(kind) && now.getTime() > dueAt.getTime() ? dueAt : null;
}

// Deadlines are counted in the agency's time zone from the program's settings (configuration, not code): a duration
// in days keeps the local clock time across a daylight-saving change, one in hours is that many hours.

/**
 * When the first contact with the client is due: the case's opening plus the program's duration for its priority.
 * A priority the settings do not know gets the shortest of the program's durations: early rather than missed.
 */
export function firstContactDueAt(
  openedAt: Date,
  priority: string,
  programId: string,
  settings: CarePlanSettings,
): Date {
  const within = settingsOf(settings, programId).firstContactWithin;
  const known = CASE_PRIORITIES.find((candidate) => candidate === priority);
  if (known) return after(openedAt, within[known], settings.timeZone);
  const candidates = CASE_PRIORITIES.map((each) => after(openedAt, within[each], settings.timeZone).getTime());
  return new Date(Math.min(...candidates));
}

/** When the case is to have an approved plan: its opening plus the program's `planApprovedWithin`. */
export function planApprovalDueAt(openedAt: Date, programId: string, settings: CarePlanSettings): Date {
  return after(openedAt, settingsOf(settings, programId).planApprovedWithin, settings.timeZone);
}

/** A task due on an agency calendar date (a review, an intervention) is due by the end of that day there. */
export function dueByEndOf(date: string, settings: CarePlanSettings): Date {
  return endOfDate(date, settings.timeZone);
}

/** Whole minutes past the due instant; 0 until then. */
export function overdueMinutes(dueAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - dueAt.getTime()) / 60_000));
}
