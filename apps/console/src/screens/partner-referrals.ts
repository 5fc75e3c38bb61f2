import type { components, operations } from '../api/schema';

export type PartnerReferral = components['schemas']['PartnerReferralDto'];

/** The statuses a partner can see a referral in (never a draft: that is the agency's own). */
export type PartnerStatus = NonNullable<
  NonNullable<operations['ListPartnerReferralsHttpController_list']['parameters']['query']>['status']
>;

export const PARTNER_STATUSES: readonly { readonly value: PartnerStatus; readonly label: string }[] = [
  { value: 'requested', label: 'Waiting for an answer' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'on-hold', label: 'On hold' },
  { value: 'completed', label: 'Completed' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'failed', label: 'Failed' },
  { value: 'cancelled', label: 'Cancelled by the agency' },
  { value: 'entered-in-error', label: 'Entered in error' },
];

/** What the receiving organisation may do with a referral. */
export type PartnerMove = 'accept' | 'reject' | 'start' | 'hold' | 'fail' | 'complete';

/**
 * The responder's moves of the referral service's status machine (its decider's REFERRAL_TRANSITIONS): from which
 * statuses each is allowed, and where it leads. The API refuses anything else with a 409; the console offers only
 * these so a person is never shown a button that cannot work.
 */
export const PARTNER_MOVES: Readonly<
  Record<PartnerMove, { readonly from: readonly PartnerStatus[]; readonly to: PartnerStatus }>
> = {
  accept: { from: ['requested'], to: 'accepted' },
  reject: { from: ['requested'], to: 'rejected' },
  start: { from: ['accepted', 'on-hold'], to: 'in-progress' },
  hold: { from: ['accepted', 'in-progress'], to: 'on-hold' },
  fail: { from: ['accepted', 'in-progress', 'on-hold'], to: 'failed' },
  complete: { from: ['accepted', 'in-progress'], to: 'completed' },
};

const ORDER: readonly PartnerMove[] = ['accept', 'reject', 'start', 'complete', 'hold', 'fail'];

/** The moves allowed from `status`, in the order the screen offers them. */
export function movesFrom(status: string): PartnerMove[] {
  return ORDER.filter((move) => (PARTNER_MOVES[move].from as readonly string[]).includes(status));
}

/** Moves the API took that the inbox (a read model, a moment behind) may not show yet. */
export interface PendingMove {
  /** Where the last move led. */
  readonly to: PartnerStatus;
  /** The referral's `updatedAt` before the first of these moves: a newer one means the read model caught up. */
  readonly seenAt: string;
  /** The statuses the moves passed through before the last: the read model may show one of those first. */
  readonly via: readonly string[];
}

/** The status to show: the last move made until the read model has caught up with it, then what it says. */
export function shownStatus(referral: PartnerReferral, pending: PendingMove | undefined): string {
  if (!pending) return referral.status;
  return referral.updatedAt === pending.seenAt || pending.via.includes(referral.status) ? pending.to : referral.status;
}

/** What is pending after a move to `to`, made on the referral as shown. */
export function afterMove(referral: PartnerReferral, pending: PendingMove | undefined, to: PartnerStatus): PendingMove {
  const shown = shownStatus(referral, pending);
  if (pending && shown !== referral.status) return { to, seenAt: pending.seenAt, via: [...pending.via, shown] };
  return { to, seenAt: referral.updatedAt, via: [] };
}

/**
 * The inbox with a further page added. Pages run in order of change, so a referral that changed after an earlier
 * page was read comes again later: it moves to where the newer page puts it, once.
 */
export function withPage(
  shown: readonly PartnerReferral[],
  page: readonly PartnerReferral[],
): readonly PartnerReferral[] {
  const again = new Set(page.map((referral) => referral.referralId));
  return [...shown.filter((referral) => !again.has(referral.referralId)), ...page];
}

/** Today in the person's calendar, as the API's dates are written (YYYY-MM-DD). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const label = (value: string): string => value.replace(/[_-]/g, ' ');

export type PartnerHistoryEntry = components['schemas']['PartnerHistoryEntryDto'];

// What each move did, as a person says it.
const MOVED: Readonly<Record<PartnerHistoryEntry['status'], string>> = {
  draft: 'drafted',
  requested: 'sent',
  accepted: 'accepted',
  rejected: 'rejected',
  'in-progress': 'started',
  'on-hold': 'put on hold',
  failed: 'recorded as failed',
  completed: 'completed',
  cancelled: 'cancelled',
  'entered-in-error': 'marked as entered in error',
};

// A move recorded this long after it happened is shown with both times.
const LATE_MS = 5 * 60_000;

/** One move of the referral as a line of its history: what, by which side, and why or when delivered. */
export function historyText(entry: PartnerHistoryEntry): string {
  const side = entry.party === 'responder' ? 'your organisation' : 'the agency';
  const status = MOVED[entry.status];
  const why = entry.reason ? ` (${label(entry.reason)})` : '';
  const delivered = entry.deliveredOn ? `, delivered on ${entry.deliveredOn}` : '';
  return `${status} by ${side}${why}${delivered}`;
}

/** Whether a move was recorded noticeably after it happened, so both times are worth showing. */
export const recordedLate = (entry: PartnerHistoryEntry): boolean =>
  new Date(entry.recordedAt).getTime() - new Date(entry.occurredAt).getTime() >= LATE_MS;
