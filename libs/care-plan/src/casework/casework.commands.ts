import type { Command } from '@casemgmt/decider';
import type { OnCase } from '../shared/case-scope';
import type { AppointmentOutcome, ContactKind, MedicationAdherence, TransportStatus } from './casework.events';

interface OnAppointment extends OnCase {
  readonly appointmentId: string;
}

export type RecordContact = Command<
  'RecordContact',
  OnCase & {
    readonly contactId: string;
    readonly kind: ContactKind;
    /** ISO 8601 instant with its offset; never after the command's `now`. */
    readonly occurredAt: string;
    readonly durationMinutes?: number;
    readonly location?: string;
    readonly participants: readonly string[];
    readonly notes: string;
    readonly lateEntryReason?: string;
    readonly goalsAddressed?: readonly string[];
    /** The goals of the case's plans, as the handler reads them from the plan stream. */
    readonly knownGoalIds: readonly string[];
  }
>;
export type ScheduleAppointment = Command<
  'ScheduleAppointment',
  OnAppointment & {
    readonly provider: { readonly organizationId?: string; readonly name: string };
    readonly startsAt: string;
    readonly transport: TransportStatus;
    readonly purpose: string;
  }
>;
export type RescheduleAppointment = Command<
  'RescheduleAppointment',
  OnAppointment & { readonly startsAt: string; readonly reason: string }
>;
export type ArrangeTransport = Command<'ArrangeTransport', OnAppointment & { readonly transport: TransportStatus }>;
export type RecordAppointmentOutcome = Command<
  'RecordAppointmentOutcome',
  OnAppointment & {
    readonly outcome: AppointmentOutcome;
    /** Why it was cancelled: required for a cancellation only. */
    readonly reason?: string;
    /** The agency's IANA time zone: a missed appointment's follow-up is due by the end of a business day there. */
    readonly timeZone: string;
    /** The program's business days to follow a missed appointment up (default 1). */
    readonly followUpBusinessDays?: number;
    /** The agency's holidays (`YYYY-MM-DD`): no business day. */
    readonly holidays?: readonly string[];
  }
>;
export type RecordMissedAppointmentFollowUp = Command<
  'RecordMissedAppointmentFollowUp',
  OnAppointment & { readonly notes: string }
>;
export type RecordMedicationCheck = Command<
  'RecordMedicationCheck',
  OnCase & {
    readonly checkId: string;
    readonly medication: string;
    readonly dose: string;
    readonly adherence: MedicationAdherence;
    readonly sideEffects?: string;
    readonly prescriberInformed: boolean;
    /** A calendar date in the agency's time zone, not after its today. */
    readonly checkedOn: string;
    /** The agency's IANA time zone, for its today. */
    readonly timeZone: string;
  }
>;

export type CaseworkCommand =
  | RecordContact
  | ScheduleAppointment
  | RescheduleAppointment
  | ArrangeTransport
  | RecordAppointmentOutcome
  | RecordMissedAppointmentFollowUp
  | RecordMedicationCheck;
