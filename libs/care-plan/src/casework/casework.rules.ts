import { instantOf, isTimeZone } from '@casemgmt/kernel';
import { inputChecks } from '@casemgmt/decider';
import { CaseworkErrors } from './casework.errors';
import type { AppointmentRecord, CaseworkState } from './casework.state';

// The checks every casework decision shares.

export const { required, optional, oneOf } = inputChecks(CaseworkErrors.invalid);

/** The instant an ISO 8601 date and time with its offset names. */
export function instant(field: string, text: string): Date {
  const parsed = instantOf(text);
  if (!parsed) throw CaseworkErrors.invalid(field, 'must be an ISO 8601 date and time with its offset');
  return parsed;
}

export function timeZoneOf(text: string): string {
  if (!isTimeZone(text)) throw CaseworkErrors.invalid('timeZone', 'must be an IANA time zone, e.g. America/Chicago');
  return text;
}

export function appointmentOf(state: CaseworkState, appointmentId: string): AppointmentRecord {
  const appointment = state.appointments.find((candidate) => candidate.appointmentId === appointmentId);
  if (!appointment) throw CaseworkErrors.appointmentNotFound(appointmentId);
  return appointment;
}

/** An appointment takes changes while it is scheduled: once its outcome is recorded, it is history. */
export function assertScheduled(appointment: AppointmentRecord): void {
  if (appointment.status !== 'scheduled') {
    throw CaseworkErrors.appointmentOutcomeRecorded(appointment.appointmentId, appointment.status);
  }
}
