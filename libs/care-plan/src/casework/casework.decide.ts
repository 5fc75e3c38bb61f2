import { calendarDateOf, isCalendarDate } from '@casemgmt/kernel';
import { caseWriteGrant, commandActor, type CarePlanGrant } from '../shared/care-plan-access.policy';
import type { CaseScope } from '../shared/case-scope';
import { assertCaseOpen, writableCase } from '../shared/case-write.rules';
import { decideAppointment } from './casework-appointments.rules';
import type { CaseworkCommand, RecordContact, RecordMedicationCheck } from './casework.commands';
import { CaseworkErrors } from './casework.errors';
import {
  ATTEMPTED_CONTACT,
  CONTACT_KINDS,
  LATE_ENTRY_HOURS,
  MAX_CONTACT_MINUTES,
  MEDICATION_ADHERENCE,
  type CaseworkEvent,
  type ContactRecorded,
  type MedicationChecked,
} from './casework.events';
import { instant, oneOf, optional, required, timeZoneOf } from './casework.rules';
import type { CaseworkState } from './casework.state';

export function decideCasework(command: CaseworkCommand, state: CaseworkState): CaseworkEvent[] {
  const scope = writableCase(command.data, command.metadata, grantOf(command));
  switch (command.type) {
    case 'RecordContact':
      return recordContact(command, scope, state);
    case 'RecordMedicationCheck':
      return recordMedicationCheck(command, scope, state);
    default:
      return decideAppointment(command, scope, state);
  }
}

/** The role the command is allowed under: recorded on its events. */
export function caseworkGrantingRole(command: CaseworkCommand): string | undefined {
  const grant = grantOf(command);
  return grant?.decision === 'granted' ? grant.role : undefined;
}

// The case's manager and its team's supervisor record its casework, as they write its plans.
function grantOf(command: CaseworkCommand): CarePlanGrant | undefined {
  const scope = command.data.case;
  return scope ? caseWriteGrant(commandActor(command.metadata), scope) : undefined;
}

const LATE_ENTRY_MS = LATE_ENTRY_HOURS * 60 * 60 * 1000;

function recordContact(command: RecordContact, scope: CaseScope, state: CaseworkState): ContactRecorded[] {
  assertCaseOpen(scope);
  const { contactId } = command.data;
  // A second recording with the same id is refused rather than compared: its sealed text cannot be read back.
  if (state.contacts.some((contact) => contact.contactId === contactId)) {
    throw CaseworkErrors.contactAlreadyRecorded(contactId);
  }
  const kind = oneOf('kind', command.data.kind, CONTACT_KINDS);
  const attempted = kind === ATTEMPTED_CONTACT;
  const { now } = command.metadata;
  const occurredAt = instant('occurredAt', command.data.occurredAt);
  if (occurredAt > now) throw CaseworkErrors.invalid('occurredAt', 'may not be in the future');
  const late = now.getTime() - occurredAt.getTime() > LATE_ENTRY_MS;
  const lateEntryReason = optional(command.data.lateEntryReason);
  if (late && !lateEntryReason) {
    throw CaseworkErrors.invalid(
      'lateEntryReason',
      `is required for a contact recorded more than ${LATE_ENTRY_HOURS} hours after it happened`,
    );
  }
  const notes = required('notes', command.data.notes);
  const location = optional(command.data.location);
  return [
    {
      type: 'ContactRecorded',
      data: {
        caseId: scope.caseId,
        contactId,
        kind,
        occurredAt: occurredAt.toISOString(),
        recordedAt: now.toISOString(),
        late,
        durationMinutes: durationOf(command.data.durationMinutes, attempted),
        goalsAddressed: goalsOf(command.data.goalsAddressed ?? [], command.data.knownGoalIds, attempted),
        by: command.metadata.actor.id,
        personal: {
          notes,
          ...(location ? { location } : {}),
          participants: participantsOf(command.data.participants, attempted),
          ...(late && lateEntryReason ? { lateEntryReason } : {}),
        },
      },
    },
  ];
}

/** Minutes spent, a whole number up to a day; an attempt may leave it out. */
function durationOf(minutes: number | undefined, attempted: boolean): number | null {
  if (minutes === undefined || minutes === null) {
    if (attempted) return null;
    throw CaseworkErrors.invalid('durationMinutes', 'is required for a contact that reached someone');
  }
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_CONTACT_MINUTES) {
    throw CaseworkErrors.invalid('durationMinutes', `must be a whole number from 1 to ${MAX_CONTACT_MINUTES}`);
  }
  return minutes;
}

/** Who took part, each named once; a contact that reached someone names at least one. */
function participantsOf(participants: readonly string[] | undefined, attempted: boolean): string[] {
  if (!Array.isArray(participants)) throw CaseworkErrors.invalid('participants', 'must be a list of names');
  const names = participants.map((name) => required('participants', name));
  if (names.length === 0 && !attempted) {
    throw CaseworkErrors.invalid('participants', 'names who took part in a contact that reached someone');
  }
  return [...new Set(names)];
}

/** The plan's goals the contact worked on: goals of the case's plans, and none for an attempt. */
function goalsOf(goalIds: readonly string[], known: readonly string[], attempted: boolean): string[] {
  if (!Array.isArray(goalIds)) throw CaseworkErrors.invalid('goalsAddressed', 'must be a list of goal ids');
  if (goalIds.length > 0 && attempted) {
    throw CaseworkErrors.invalid('goalsAddressed', 'an attempted contact reached nobody and addresses no goal');
  }
  const unknown = goalIds.filter((goalId) => !known.includes(goalId));
  if (unknown.length > 0) throw CaseworkErrors.contactGoalUnknown(unknown);
  return [...new Set(goalIds)];
}

function recordMedicationCheck(
  command: RecordMedicationCheck,
  scope: CaseScope,
  state: CaseworkState,
): MedicationChecked[] {
  assertCaseOpen(scope);
  const { checkId, checkedOn, prescriberInformed } = command.data;
  if (state.medicationChecks.some((check) => check.checkId === checkId)) {
    throw CaseworkErrors.medicationCheckAlreadyRecorded(checkId);
  }
  const medication = required('medication', command.data.medication);
  const dose = required('dose', command.data.dose);
  const sideEffects = optional(command.data.sideEffects);
  if (typeof prescriberInformed !== 'boolean') {
    throw CaseworkErrors.invalid('prescriberInformed', 'must be true or false');
  }
  if (!isCalendarDate(checkedOn)) throw CaseworkErrors.invalid('checkedOn', 'must be a date, YYYY-MM-DD');
  if (checkedOn > calendarDateOf(command.metadata.now, timeZoneOf(command.data.timeZone))) {
    throw CaseworkErrors.invalid('checkedOn', 'may not be in the future');
  }
  return [
    {
      type: 'MedicationChecked',
      data: {
        caseId: scope.caseId,
        checkId,
        adherence: oneOf('adherence', command.data.adherence, MEDICATION_ADHERENCE),
        prescriberInformed,
        checkedOn,
        by: command.metadata.actor.id,
        personal: { medication, dose, ...(sideEffects ? { sideEffects } : {}) },
      },
    },
  ];
}
