import { eventDataSchema, type JsonSchema, type PublishedEventContract } from '@casemgmt/messaging';
import { date, dateTime, id, object, sealed } from '../shared/contract-schemas';
import {
  CONTACT_KINDS,
  LATE_ENTRY_HOURS,
  MAX_CONTACT_MINUTES,
  MEDICATION_ADHERENCE,
  TRANSPORT_STATUSES,
  type CaseworkEvent,
} from './casework.decider';

// JSON Schemas (draft-07) of the casework events' data: who, when and what kind travel in clear; what was said, who
// took part, where, which provider and which medication are sealed in `personal`.

const transport: JsonSchema = { enum: [...TRANSPORT_STATUSES] };
const onAppointment = { caseId: id, appointmentId: id };

const schemas: Readonly<Record<CaseworkEvent['type'], Omit<PublishedEventContract, 'type' | 'version'>>> = {
  ContactRecorded: {
    summary: `A contact with the client or about them was recorded; one recorded more than ${LATE_ENTRY_HOURS} hours after it happened is a late entry.`,
    description:
      'An attempted contact reached nobody: it has no goals, may have no duration, and does not count as contact made.',
    sealed: ['notes', 'location', 'participants', 'lateEntryReason'],
    schema: eventDataSchema({
      caseId: id,
      contactId: id,
      kind: { enum: [...CONTACT_KINDS] },
      occurredAt: dateTime,
      recordedAt: dateTime,
      late: { type: 'boolean' },
      durationMinutes: {
        anyOf: [{ type: 'integer', minimum: 1, maximum: MAX_CONTACT_MINUTES }, { type: 'null' }],
      },
      goalsAddressed: { type: 'array', items: id, uniqueItems: true },
      by: id,
      personal: sealed('The notes, where it happened, who took part and, for a late entry, why it is late'),
    }),
  },
  AppointmentScheduled: {
    summary: 'An appointment of the client with a provider was scheduled, with whether transport is arranged.',
    sealed: ['providerName', 'purpose'],
    schema: eventDataSchema({
      ...onAppointment,
      provider: object({ organizationId: { anyOf: [id, { type: 'null' }] } }),
      startsAt: dateTime,
      transport,
      by: id,
      personal: sealed('The provider’s name and the purpose of the appointment'),
    }),
  },
  AppointmentRescheduled: {
    summary: 'An appointment still to come was moved to another time; it stays scheduled.',
    sealed: ['reason'],
    schema: eventDataSchema({
      ...onAppointment,
      from: dateTime,
      startsAt: dateTime,
      by: id,
      personal: sealed('The reason for the new time'),
    }),
  },
  AppointmentTransportChanged: {
    summary: 'Transport to an appointment was arranged, found not needed, or not arranged.',
    sealed: [],
    schema: eventDataSchema({ ...onAppointment, from: transport, to: transport, by: id }),
  },
  AppointmentKept: {
    summary: 'The client kept an appointment.',
    sealed: [],
    schema: eventDataSchema({ ...onAppointment, startsAt: dateTime, by: id }),
  },
  AppointmentMissed: {
    summary: 'The client missed an appointment: it is to be followed up by the end of the agency’s next business day.',
    sealed: [],
    schema: eventDataSchema({ ...onAppointment, startsAt: dateTime, followUpDueBy: dateTime, by: id }),
  },
  AppointmentCancelled: {
    summary: 'An appointment was cancelled; the reason is sealed.',
    sealed: ['reason'],
    schema: eventDataSchema({
      ...onAppointment,
      startsAt: dateTime,
      by: id,
      personal: sealed('The reason for the cancellation'),
    }),
  },
  MissedAppointmentFollowedUp: {
    summary: 'A missed appointment was followed up; late when after it was due.',
    sealed: ['notes'],
    schema: eventDataSchema({
      ...onAppointment,
      followedUpAt: dateTime,
      late: { type: 'boolean' },
      by: id,
      personal: sealed('The notes of the follow-up'),
    }),
  },
  MedicationChecked: {
    summary: 'The client’s medication was checked: adherence and whether the prescriber was told are in clear.',
    sealed: ['medication', 'dose', 'sideEffects'],
    schema: eventDataSchema({
      caseId: id,
      checkId: id,
      adherence: { enum: [...MEDICATION_ADHERENCE] },
      prescriberInformed: { type: 'boolean' },
      checkedOn: date,
      by: id,
      personal: sealed('The medication, its dose and any side effects'),
    }),
  },
};

/** Published language of the casework aggregate (`care-plan.casework-<case id>` streams). */
export const CASEWORK_PUBLISHED_EVENTS: readonly PublishedEventContract[] = Object.entries(schemas).map(
  ([type, contract]) => ({ type, version: 1, ...contract }),
);
