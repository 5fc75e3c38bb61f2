import type { ConsentDirective, ConsentPurpose, ConsentRecipient, InformationCategory } from './consent.types';

/** Who would receive the information, as the asking service knows them. */
export interface RequestedRecipient {
  readonly organizationId?: string;
  readonly name?: string;
  /** The blind-index term of the name, compared with the terms the read model keeps instead of names. */
  readonly nameTerm?: string;
  /** The recipient has a treating provider relationship with the patient. */
  readonly treatingProvider?: boolean;
}

export interface ConsentInForceRequest {
  readonly recipient: RequestedRecipient;
  readonly category: InformationCategory;
  readonly purpose: ConsentPurpose;
  readonly at: Date;
}

export interface ConsentInForceAnswer {
  readonly inForce: boolean;
  /** The consent that answers: the one in force, or the covering one that is not in force at that time. */
  readonly consentId?: string;
  readonly reason: string;
}

export interface ConsentCalendar {
  /** IANA time zone of the agency, in which an expiry date ends. */
  readonly timeZone: string;
}

/** Where a consent stands at an instant, whatever it covers. */
export type ConsentStanding = 'not_yet_effective' | 'in_force' | 'revoked' | 'expired';

const UTC: ConsentCalendar = { timeZone: 'UTC' };

/**
 * Whether one of a client's consents lets `request.category` information go to `request.recipient` for
 * `request.purpose` at `request.at` (42 CFR Part 2). Answers from the dates the consents record, so the answer for
 * a past instant never changes when a later revocation or expiry event is recorded: revocation applies forward only.
 *
 * A consent is in force at `at` when it took effect at or before `at`, was not revoked at or before `at`, and had
 * not expired: an expiry date is inclusive, the consent ends when that day ends in the agency's time zone
 * (`calendar.timeZone`); an expiry event ends it from the moment the event occurred. It covers the request when it
 * names the category (or `all_records`) and the purpose, and the recipient matches a named recipient (by
 * organisation id where both have one, otherwise by name, ignoring case) or a class of recipients with a treating
 * provider relationship when the requester is a treating provider. Other classes are free text no rule can match,
 * so they never answer in force here: a person decides.
 */
export function consentInForce(
  consents: readonly ConsentDirective[],
  request: ConsentInForceRequest,
  calendar: ConsentCalendar = UTC,
): ConsentInForceAnswer {
  const asked = `${request.category} information for ${request.purpose} to this recipient`;
  if (consents.length === 0) return { inForce: false, reason: 'no consent is on record for this client' };
  const latestFirst = [...consents].sort((a, b) => b.signedAt.getTime() - a.signedAt.getTime());
  const covering = latestFirst.filter((consent) => gapInCoverage(consent, request) === null);
  const latestCovering = covering[0];
  if (latestCovering === undefined) {
    const latest = latestFirst[0];
    const detail = latest ? ` (latest consent ${latest.consentId}: ${gapInCoverage(latest, request) ?? ''})` : '';
    return { inForce: false, reason: `no consent covers ${asked}${detail}` };
  }
  const inForce = covering.find((consent) => standingAt(consent, request.at, calendar).standing === 'in_force');
  if (inForce) {
    return {
      inForce: true,
      consentId: inForce.consentId,
      reason: `consent ${inForce.consentId} covers ${asked} and is in force at ${request.at.toISOString()}`,
    };
  }
  return {
    inForce: false,
    consentId: latestCovering.consentId,
    reason: `consent ${latestCovering.consentId} covers ${asked} but ${standingAt(latestCovering, request.at, calendar).why}`,
  };
}

/** Whether a consent is in effect at `at`, and if not, why. */
export function standingAt(
  consent: ConsentDirective,
  at: Date,
  calendar: ConsentCalendar = UTC,
): { readonly standing: ConsentStanding; readonly why: string } {
  const time = at.getTime();
  const start = Math.max(consent.signedAt.getTime(), consent.effectiveFrom.getTime());
  if (time < start) {
    return { standing: 'not_yet_effective', why: `it takes effect only at ${new Date(start).toISOString()}` };
  }
  if (consent.revokedAt !== null && consent.revokedAt.getTime() <= time) {
    return { standing: 'revoked', why: `it was revoked at ${consent.revokedAt.toISOString()}` };
  }
  const end = expiresAt(consent, calendar);
  if (end !== null && end.getTime() <= time) {
    const what =
      consent.expiry.kind === 'date'
        ? `the end of ${consent.expiry.on}`
        : consent.expiry.event !== null
          ? `"${consent.expiry.event}"`
          : 'its expiry event';
    return { standing: 'expired', why: `it expired at ${what} (${end.toISOString()})` };
  }
  return { standing: 'in_force', why: 'it is in force' };
}

/**
 * The first instant at which the consent no longer applies by its expiry: the start of the day after the expiry
 * date in the agency's time zone, or when the expiry event occurred; `null` while the event has not occurred.
 */
export function expiresAt(consent: ConsentDirective, calendar: ConsentCalendar = UTC): Date | null {
  if (consent.expiry.kind === 'event') return consent.expiryEventOccurredAt;
  return startOfDayIn(dayAfter(consent.expiry.on), calendar.timeZone);
}

function gapInCoverage(consent: ConsentDirective, request: ConsentInForceRequest): string | null {
  if (!consent.categories.includes(request.category) && !consent.categories.includes('all_records')) {
    return `it does not cover ${request.category} information`;
  }
  if (!consent.purposes.includes(request.purpose)) return `it does not allow disclosure for ${request.purpose}`;
  if (!consent.recipients.some((recipient) => recipientMatches(recipient, request.recipient))) {
    return 'it does not name this recipient';
  }
  return null;
}

function recipientMatches(recipient: ConsentRecipient, requested: RequestedRecipient): boolean {
  if (recipient.kind === 'class') return recipient.treatingProviderRelationship && requested.treatingProvider === true;
  if (recipient.organizationId !== undefined && requested.organizationId !== undefined) {
    return recipient.organizationId === requested.organizationId;
  }
  if (recipient.nameTerm !== undefined && requested.nameTerm !== undefined) {
    return recipient.nameTerm === requested.nameTerm;
  }
  return (
    recipient.name !== null &&
    requested.name !== undefined &&
    comparableName(recipient.name) === comparableName(requested.name)
  );
}

/** A recipient's name as names are compared: case, width and spacing ignored. */
export function comparableName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1)).toISOString().slice(0, 10);
}

/** Midnight at the start of `date` (YYYY-MM-DD) in an IANA time zone, as an instant. */
export function startOfDayIn(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const wallClock = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1);
  // Guess with the offset at wall-clock midnight read as UTC, then correct once with the offset at the guess:
  // enough for any zone whose offset changes at most once around midnight.
  const guess = wallClock - offsetMs(wallClock, timeZone);
  return new Date(wallClock - offsetMs(guess, timeZone));
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}
