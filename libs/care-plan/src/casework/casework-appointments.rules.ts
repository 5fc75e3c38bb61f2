import { endOfNextBusinessDay } from '@casemgmt/kernel';
import type { CaseScope } from '../shared/case-scope';
import { assertCaseOpen } from '../shared/case-write.rules';
import type {
  ArrangeTransport,
  RecordAppointmentOutcome,
  RecordMissedAppointmentFollowUp,
  RescheduleAppointment,
  ScheduleAppointment,
} from './casework.commands';
import { CaseworkErrors } from './casework.errors';
import { APPOINTMENT_OUTCOMES, TRANSPORT_STATUSES, type CaseworkEvent } from './casework.events';
import { appointmentOf, assertScheduled, instant, oneOf, optional, required, timeZoneOf } from './casework.rules';
import type { CaseworkState } from './casework.state';

/** The commands on the client's appointments with providers. */
export type AppointmentCommand =
  | ScheduleAppointment
  | RescheduleAppointment
  | ArrangeTransport
  | RecordAppointmentOutcome
  | RecordMissedAppointmentFollowUp;

/** Decides a command on an appointment of a case the actor may change. */
export function decideAppointment(
  command: AppointmentCommand,
  scope: CaseScope,
  state: CaseworkState,
): CaseworkEvent[] {
  switch (command.type) {
    case 'ScheduleAppointment':
      return schedule(command, scope, state);
    case 'RescheduleAppointment':
      return reschedule(command, scope, state);
    case 'ArrangeTransport':
      return arrangeTransport(command, scope, state);
    // What happened at an appointment already scheduled is documented even once the case is closed.
    case 'RecordAppointmentOutcome':
      return recordOutcome(command, scope, state);
    case 'RecordMissedAppointmentFollowUp':
      return followUp(command, scope, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown appointment command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

/** A new time for an appointment: a worker schedules what is still to come. */
function startTime(text: string, now: Date): string {
  const startsAt = instant('startsAt', text);
  if (startsAt <= now) throw CaseworkErrors.invalid('startsAt', 'must be in the future');
  return startsAt.toISOString();
}

function schedule(command: ScheduleAppointment, scope: CaseScope, state: CaseworkState): CaseworkEvent[] {
  assertCaseOpen(scope);
  const { appointmentId, provider } = command.data;
  if (state.appointments.some((appointment) => appointment.appointmentId === appointmentId)) {
    throw CaseworkErrors.appointmentAlreadyScheduled(appointmentId);
  }
  const providerName = required('provider.name', provider?.name);
  const purpose = required('purpose', command.data.purpose);
  return [
    {
      type: 'AppointmentScheduled',
      data: {
        caseId: scope.caseId,
        appointmentId,
        provider: { organizationId: optional(provider.organizationId) ?? null },
        startsAt: startTime(command.data.startsAt, command.metadata.now),
        transport: oneOf('transport', command.data.transport, TRANSPORT_STATUSES),
        by: command.metadata.actor.id,
        personal: { providerName, purpose },
      },
    },
  ];
}

function reschedule(command: RescheduleAppointment, scope: CaseScope, state: CaseworkState): CaseworkEvent[] {
  assertCaseOpen(scope);
  const appointment = appointmentOf(state, command.data.appointmentId);
  assertScheduled(appointment);
  const startsAt = startTime(command.data.startsAt, command.metadata.now);
  if (startsAt === appointment.startsAt) return [];
  const reason = required('reason', command.data.reason);
  return [
    {
      type: 'AppointmentRescheduled',
      data: {
        caseId: scope.caseId,
        appointmentId: appointment.appointmentId,
        from: appointment.startsAt,
        startsAt,
        by: command.metadata.actor.id,
        personal: { reason },
      },
    },
  ];
}

function arrangeTransport(command: ArrangeTransport, scope: CaseScope, state: CaseworkState): CaseworkEvent[] {
  assertCaseOpen(scope);
  const appointment = appointmentOf(state, command.data.appointmentId);
  assertScheduled(appointment);
  const to = oneOf('transport', command.data.transport, TRANSPORT_STATUSES);
  if (to === appointment.transport) return [];
  return [
    {
      type: 'AppointmentTransportChanged',
      data: {
        caseId: scope.caseId,
        appointmentId: appointment.appointmentId,
        from: appointment.transport,
        to,
        by: command.metadata.actor.id,
      },
    },
  ];
}

function recordOutcome(command: RecordAppointmentOutcome, scope: CaseScope, state: CaseworkState): CaseworkEvent[] {
  const appointment = appointmentOf(state, command.data.appointmentId);
  assertScheduled(appointment);
  const outcome = oneOf('outcome', command.data.outcome, APPOINTMENT_OUTCOMES);
  const { now } = command.metadata;
  const on = {
    caseId: scope.caseId,
    appointmentId: appointment.appointmentId,
    startsAt: appointment.startsAt,
    by: command.metadata.actor.id,
  };
  if (outcome === 'cancelled') {
    return [
      { type: 'AppointmentCancelled', data: { ...on, personal: { reason: required('reason', command.data.reason) } } },
    ];
  }
  if (now < new Date(appointment.startsAt)) {
    throw CaseworkErrors.appointmentNotStarted(appointment.appointmentId, appointment.startsAt);
  }
  if (outcome === 'kept') return [{ type: 'AppointmentKept', data: on }];
  // Due from when the miss is recorded, so a miss recorded late still leaves the program's business days to follow it
  // up; the agency's holidays are no business days.
  const { timeZone, followUpBusinessDays = 1, holidays = [] } = command.data;
  const followUpDueBy = endOfNextBusinessDay(now, timeZoneOf(timeZone), followUpBusinessDays, holidays).toISOString();
  return [{ type: 'AppointmentMissed', data: { ...on, followUpDueBy } }];
}

function followUp(command: RecordMissedAppointmentFollowUp, scope: CaseScope, state: CaseworkState): CaseworkEvent[] {
  const appointment = appointmentOf(state, command.data.appointmentId);
  if (appointment.status !== 'missed') {
    throw CaseworkErrors.appointmentNotMissed(appointment.appointmentId, appointment.status);
  }
  if (appointment.followedUp) throw CaseworkErrors.followUpAlreadyRecorded(appointment.appointmentId);
  const notes = required('notes', command.data.notes);
  const { now } = command.metadata;
  return [
    {
      type: 'MissedAppointmentFollowedUp',
      data: {
        caseId: scope.caseId,
        appointmentId: appointment.appointmentId,
        followedUpAt: now.toISOString(),
        late: appointment.followUpDueBy !== null && now > new Date(appointment.followUpDueBy),
        by: command.metadata.actor.id,
        personal: { notes },
      },
    },
  ];
}
