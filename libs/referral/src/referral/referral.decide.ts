import { isRole, type Role } from '@casemgmt/auth';
import { inputChecks, type CommandMetadata } from '@casemgmt/decider';
import { addDays, isCalendarDate } from '@casemgmt/kernel';
import type {
  NoteConsentRevoked,
  ReferralCaseScope,
  ReferralCommand,
  RequesterCommand,
  ResponderCommand,
  SendReferral,
} from './referral.commands';
import { ReferralErrors } from './referral.errors';
import {
  DISCLOSABLE_FIELDS,
  FOLLOW_UP_RESULTS,
  REDISCLOSURE_NOTICE,
  REFERRAL_REASONS,
  type DisclosableField,
  type ReferralEvent,
  type ReferralParty,
  type ReferralReason,
  type ReferralStatus,
} from './referral.events';
import type { ExistingReferral, ReferralState } from './referral.state';

const { required, oneOf } = inputChecks(ReferralErrors.invalid);

/** Days after a completion within which the client is asked whether the service helped. */
export const FOLLOW_UP_DAYS = 30;

/** Each move: who makes it, from which statuses, to which. Anything else is refused, naming this rule. */
export const REFERRAL_TRANSITIONS = {
  send: { party: 'requester', from: ['draft'], to: 'requested' },
  cancel: { party: 'requester', from: ['draft', 'requested', 'accepted', 'in-progress', 'on-hold'], to: 'cancelled' },
  enteredInError: {
    party: 'requester',
    from: ['draft', 'requested', 'accepted', 'rejected', 'in-progress', 'on-hold', 'failed', 'completed', 'cancelled'],
    to: 'entered-in-error',
  },
  accept: { party: 'responder', from: ['requested'], to: 'accepted' },
  reject: { party: 'responder', from: ['requested'], to: 'rejected' },
  start: { party: 'responder', from: ['accepted', 'on-hold'], to: 'in-progress' },
  hold: { party: 'responder', from: ['accepted', 'in-progress'], to: 'on-hold' },
  fail: { party: 'responder', from: ['accepted', 'in-progress', 'on-hold'], to: 'failed' },
  complete: { party: 'responder', from: ['accepted', 'in-progress'], to: 'completed' },
} as const satisfies Record<
  string,
  { readonly party: ReferralParty; readonly from: readonly ReferralStatus[]; readonly to: ReferralStatus }
>;
type Move = keyof typeof REFERRAL_TRANSITIONS;

const MOVE_OF: Readonly<Record<ReferralCommand['type'], Move | null>> = {
  DraftReferral: null,
  SendReferral: 'send',
  CancelReferral: 'cancel',
  MarkReferralEnteredInError: 'enteredInError',
  FollowUpReferral: null,
  NoteConsentRevoked: null,
  AcceptReferral: 'accept',
  RejectReferral: 'reject',
  StartReferral: 'start',
  HoldReferral: 'hold',
  FailReferral: 'fail',
  CompleteReferral: 'complete',
};

// The agency's side: the case's case manager and the team's supervisors write; auditors and admins read only.
const REQUESTER_WRITE: Readonly<Partial<Record<Role, (actor: Actor, scope: ReferralCaseScope) => boolean>>> = {
  case_manager: (actor, scope) => scope.caseManagerId === actor.id,
  supervisor: (actor, scope) => actor.teamId !== undefined && actor.teamId === scope.teamId,
};
const READ_ONLY: readonly Role[] = ['auditor', 'admin'];

interface Actor {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly teamId?: string;
  readonly organizationId?: string;
}

function actorOf(metadata: CommandMetadata): Actor {
  const { id, role, roles, teamId, organizationId } = metadata.actor;
  return {
    id,
    roles: (roles ?? [role]).filter(isRole),
    ...(teamId ? { teamId } : {}),
    ...(organizationId ? { organizationId } : {}),
  };
}

/** The role a requester's command is allowed under on the case, if any of the actor's roles allows it. */
export function requesterRole(metadata: CommandMetadata, scope: ReferralCaseScope): Role | undefined {
  const actor = actorOf(metadata);
  return actor.roles.find((role) => REQUESTER_WRITE[role]?.(actor, scope) ?? false);
}

/** May the actor answer for the referral's receiving organisation? A provider partner of that organisation only. */
export function isResponder(metadata: CommandMetadata, organizationId: string): boolean {
  const actor = actorOf(metadata);
  return actor.roles.includes('provider_partner') && actor.organizationId === organizationId;
}

export function decideReferral(command: ReferralCommand, state: ReferralState): ReferralEvent[] {
  if (command.type === 'NoteConsentRevoked') return noteConsentRevoked(command, state);
  return isRequesterCommand(command) ? decideRequester(command, state) : decideResponder(command, state);
}

function isRequesterCommand(command: ReferralCommand): command is RequesterCommand {
  return 'case' in command.data;
}

/** Once per consent, on a referral disclosed under it: the partner is told; nothing disclosed is recalled. */
function noteConsentRevoked(command: NoteConsentRevoked, state: ReferralState): ReferralEvent[] {
  const { consentId, revokedAt } = command.data;
  if (!state.exists) return [];
  const disclosed = state.disclosures.filter((disclosure) => disclosure.consentId === consentId);
  if (disclosed.length === 0 || disclosed.every((disclosure) => disclosure.consentRevokedAt !== null)) return [];
  return [
    {
      type: 'ReferralConsentRevoked',
      data: {
        referralId: state.referralId,
        caseId: state.caseId,
        recipientOrganizationId: state.target.organizationId,
        consentId,
        revokedAt,
        by: command.metadata.actor.id,
      },
    },
  ];
}

function decideRequester(command: RequesterCommand, state: ReferralState): ReferralEvent[] {
  const scope = command.data.case;
  const caseId = command.type === 'DraftReferral' ? command.data.caseId : state.exists ? state.caseId : null;
  if (command.type !== 'DraftReferral' && !state.exists) throw ReferralErrors.notFound(command.data.referralId);
  if (!scope || scope.caseId !== caseId) {
    throw command.type === 'DraftReferral'
      ? ReferralErrors.caseNotFound(command.data.caseId)
      : ReferralErrors.notFound(command.data.referralId);
  }
  if (!requesterRole(command.metadata, scope)) {
    const readsOnly = actorOf(command.metadata).roles.some((role) => READ_ONLY.includes(role));
    if (readsOnly) throw ReferralErrors.writeForbidden(command.data.referralId);
    throw command.type === 'DraftReferral'
      ? ReferralErrors.caseNotFound(scope.caseId)
      : ReferralErrors.notFound(command.data.referralId);
  }
  const by = command.metadata.actor.id;
  if (command.type === 'DraftReferral') return draft(command, state, scope, by);
  const referral = state as ExistingReferral;
  const on = { referralId: referral.referralId, caseId: referral.caseId };
  switch (command.type) {
    case 'SendReferral':
      // A send retried after it went through discloses nothing again.
      if (referral.status === 'requested') return [];
      if (scope.status === 'closed') throw ReferralErrors.caseNotOpen(scope.caseId, scope.status);
      assertMove(referral, 'send');
      return send(command, referral, by);
    case 'CancelReferral': {
      if (referral.status === 'cancelled') return [];
      assertMove(referral, 'cancel');
      const note = command.data.note?.trim();
      return [
        {
          type: 'ReferralStatusChanged',
          data: { ...on, from: referral.status, to: 'cancelled', party: 'requester', by, ...noteOf(note) },
        },
      ];
    }
    case 'MarkReferralEnteredInError': {
      if (referral.status === 'entered-in-error') return [];
      assertMove(referral, 'enteredInError');
      const note = required('note', command.data.note);
      return [
        {
          type: 'ReferralStatusChanged',
          data: { ...on, from: referral.status, to: 'entered-in-error', party: 'requester', by, ...noteOf(note) },
        },
      ];
    }
    case 'FollowUpReferral': {
      if (referral.status !== 'completed') {
        throw ReferralErrors.transitionNotAllowed(
          referral.referralId,
          referral.status,
          'followed-up',
          'a referral is followed up once it is completed',
        );
      }
      if (referral.followUp) throw ReferralErrors.alreadyFollowedUp(referral.referralId);
      const result = oneOf('result', command.data.result, FOLLOW_UP_RESULTS);
      return [{ type: 'ReferralFollowedUp', data: { ...on, result, by, ...noteOf(command.data.note?.trim()) } }];
    }
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown requester command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function draft(
  command: Extract<RequesterCommand, { type: 'DraftReferral' }>,
  state: ReferralState,
  scope: ReferralCaseScope,
  by: string,
): ReferralEvent[] {
  const { referralId, need, goalId, target, listing } = command.data;
  if (state.exists) throw ReferralErrors.alreadyExists(referralId);
  if (scope.status === 'closed') throw ReferralErrors.caseNotOpen(scope.caseId, scope.status);
  if (!scope.needs.includes(need)) throw ReferralErrors.needNotOnCase(need);
  if (!listing.found) throw ReferralErrors.serviceUnknown(target.serviceId);
  if (listing.defunct) throw ReferralErrors.serviceDefunct(target.serviceId);
  if (!Number.isInteger(target.listingVersion) || target.listingVersion < 1) {
    throw ReferralErrors.invalid('target.listingVersion', 'is the directory listing version the worker saw');
  }
  return [
    {
      type: 'ReferralDrafted',
      data: {
        referralId,
        caseId: scope.caseId,
        program: scope.program,
        need,
        goalId: goalId?.trim() || null,
        target: {
          organizationId: required('target.organizationId', target.organizationId),
          serviceId: required('target.serviceId', target.serviceId),
          locationId: required('target.locationId', target.locationId),
          listingVersion: target.listingVersion,
        },
        // Warned of, never refused: a temporarily closed service or one with no capacity free may still take it.
        warnings: [...listing.warnings],
        by,
      },
    },
  ];
}

/**
 * The send is the disclosure: allowed only under a consent in force now for this recipient, purpose and the
 * information categories of what is shared, and it shares only the fields that consent covers.
 */
function send(command: SendReferral, referral: ExistingReferral, by: string): ReferralEvent[] {
  const { consent, fields, values } = command.data;
  const purpose = required('purpose', command.data.purpose);
  if (fields.length === 0) throw ReferralErrors.invalid('fields', 'name at least one field to share');
  const unknown = fields.find((field) => !(field in DISCLOSABLE_FIELDS));
  if (unknown) throw ReferralErrors.invalid('fields', `${unknown} is not a field a referral shares`);
  if (!consent || !consent.purposes.includes(purpose)) throw ReferralErrors.noConsentInForce(referral.referralId);
  const covered = new Set(consent.informationCategories);
  const disclosed = [...new Set(fields)].filter(
    (field): field is DisclosableField =>
      covered.has('all_records') || covered.has(DISCLOSABLE_FIELDS[field as DisclosableField]),
  );
  if (disclosed.length === 0) throw ReferralErrors.nothingToDisclose(referral.referralId, fields);
  const on = { referralId: referral.referralId, caseId: referral.caseId };
  return [
    { type: 'ReferralRequested', data: { ...on, answerDueAt: command.data.answerDueAt, by } },
    {
      type: 'ReferralDisclosed',
      data: {
        ...on,
        recipientOrganizationId: referral.target.organizationId,
        consentId: consent.consentId,
        purpose,
        informationCategories: [...new Set(disclosed.map((field) => DISCLOSABLE_FIELDS[field]))],
        fields: disclosed,
        redisclosureNotice: REDISCLOSURE_NOTICE,
        by,
        // Only what the consent covers leaves, field by field; a field the record holds nothing for is not sent.
        personal: { values: Object.fromEntries(disclosed.flatMap((field) => valueOf(field, values))) },
      },
    },
  ];
}

function valueOf(
  field: DisclosableField,
  values: Readonly<Partial<Record<DisclosableField, string>>>,
): [DisclosableField, string][] {
  const value = values[field];
  return value !== undefined && value !== '' ? [[field, value]] : [];
}

function decideResponder(command: ResponderCommand, state: ReferralState): ReferralEvent[] {
  // Another organisation's referral, or one that does not exist, reads the same: not found.
  if (!state.exists || !isResponder(command.metadata, state.target.organizationId)) {
    throw ReferralErrors.notFound(command.data.referralId);
  }
  const move = MOVE_OF[command.type] as Move;
  const to = REFERRAL_TRANSITIONS[move].to;
  if (state.status === to) return [];
  assertMove(state, move);
  const by = command.metadata.actor.id;
  const on = { referralId: state.referralId, caseId: state.caseId, from: state.status, by };
  switch (command.type) {
    case 'AcceptReferral':
      return [{ type: 'ReferralStatusChanged', data: { ...on, to: 'accepted', party: 'responder' } }];
    case 'StartReferral':
      return [{ type: 'ReferralStatusChanged', data: { ...on, to: 'in-progress', party: 'responder' } }];
    case 'HoldReferral':
      return [
        {
          type: 'ReferralStatusChanged',
          data: { ...on, to: 'on-hold', party: 'responder', ...noteOf(command.data.note?.trim()) },
        },
      ];
    case 'RejectReferral':
    case 'FailReferral': {
      const reason = reasonOf(command.data.reason, command.data.note);
      const type = command.type === 'RejectReferral' ? 'ReferralRejected' : 'ReferralFailed';
      return [{ type, data: { ...on, ...reason } }];
    }
    case 'CompleteReferral': {
      const { deliveredOn, today } = command.data;
      if (!isCalendarDate(deliveredOn)) {
        throw ReferralErrors.invalid('deliveredOn', 'must be a date, YYYY-MM-DD');
      }
      if (deliveredOn > today) throw ReferralErrors.invalid('deliveredOn', 'may not be in the future');
      const outcome = required('outcome', command.data.outcome);
      const followUpDueOn = addDays(today, FOLLOW_UP_DAYS);
      return [{ type: 'ReferralCompleted', data: { ...on, deliveredOn, followUpDueOn, personal: { outcome } } }];
    }
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown responder command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function assertMove(referral: ExistingReferral, move: Move): void {
  const { from, to, party } = REFERRAL_TRANSITIONS[move];
  if (!(from as readonly ReferralStatus[]).includes(referral.status)) {
    throw ReferralErrors.transitionNotAllowed(
      referral.referralId,
      referral.status,
      to,
      `the ${party} moves a referral to ${to} only from ${from.join(', ')}`,
    );
  }
}

/** A reason code, and its text: required for `other`, sealed when given. */
function reasonOf(
  value: string,
  note: string | undefined,
): { readonly reason: ReferralReason; readonly personal?: { readonly note: string } } {
  const reason = oneOf('reason', value, REFERRAL_REASONS);
  const text = note?.trim();
  if (reason === 'other' && !text) throw ReferralErrors.invalid('note', 'says what the other reason is');
  return { reason, ...noteOf(text) };
}

function noteOf(note: string | undefined): { readonly personal?: { readonly note: string } } {
  return note ? { personal: { note } } : {};
}

/** The role recorded on the events: the requester's granting role, or the provider partner's. */
export function referralGrantingRole(command: ReferralCommand): string | undefined {
  if (command.type === 'NoteConsentRevoked') return command.metadata.actor.role;
  if (!isRequesterCommand(command)) return 'provider_partner';
  return command.data.case ? requesterRole(command.metadata, command.data.case) : undefined;
}
