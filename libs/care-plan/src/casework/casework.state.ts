import {
  ATTEMPTED_CONTACT,
  type AppointmentStatus,
  type CaseworkEvent,
  type ContactKind,
  type ContactRecorded,
  type MedicationAdherence,
  type TransportStatus,
} from './casework.events';

// Text sealed in `personal` is null here once the client's personal data is erased.

export interface ContactRecord {
  readonly contactId: string;
  readonly kind: ContactKind;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly late: boolean;
  readonly durationMinutes: number | null;
  readonly goalsAddressed: readonly string[];
  readonly by: string;
  readonly notes: string | null;
  readonly location: string | null;
  readonly participants: readonly string[] | null;
  readonly lateEntryReason: string | null;
}

export interface AppointmentRecord {
  readonly appointmentId: string;
  readonly organizationId: string | null;
  readonly providerName: string | null;
  readonly purpose: string | null;
  readonly startsAt: string;
  readonly transport: TransportStatus;
  readonly status: AppointmentStatus;
  readonly scheduledBy: string;
  /** How many times it was moved to another time. */
  readonly reschedules: number;
  readonly cancellationReason: string | null;
  /** When a missed appointment is to be followed up by; null for one not missed. */
  readonly followUpDueBy: string | null;
  readonly followedUp: boolean;
  readonly followedUpAt: string | null;
}

export interface MedicationCheckRecord {
  readonly checkId: string;
  readonly medication: string | null;
  readonly dose: string | null;
  readonly adherence: MedicationAdherence;
  readonly sideEffects: string | null;
  readonly prescriberInformed: boolean;
  readonly checkedOn: string;
  readonly by: string;
}

/** A case's casework, each list in the order it was recorded. */
export interface CaseworkState {
  readonly caseId: string | null;
  readonly contacts: readonly ContactRecord[];
  /** When the earliest contact that reached someone happened (attempts do not count). */
  readonly firstContactAt: string | null;
  /** When the latest contact that reached someone happened (attempts do not count). */
  readonly lastContactAt: string | null;
  readonly appointments: readonly AppointmentRecord[];
  readonly medicationChecks: readonly MedicationCheckRecord[];
}

export const initialCaseworkState = (): CaseworkState => ({
  caseId: null,
  contacts: [],
  firstContactAt: null,
  lastContactAt: null,
  appointments: [],
  medicationChecks: [],
});

export function evolveCasework(state: CaseworkState, event: CaseworkEvent): CaseworkState {
  const next = { ...state, caseId: event.data.caseId };
  switch (event.type) {
    case 'ContactRecorded':
      return contactRecorded(next, event.data);
    case 'AppointmentScheduled': {
      const { appointmentId, provider, startsAt, transport, by, personal } = event.data;
      const appointment: AppointmentRecord = {
        appointmentId,
        organizationId: provider.organizationId,
        providerName: personal?.providerName ?? null,
        purpose: personal?.purpose ?? null,
        startsAt,
        transport,
        status: 'scheduled',
        scheduledBy: by,
        reschedules: 0,
        cancellationReason: null,
        followUpDueBy: null,
        followedUp: false,
        followedUpAt: null,
      };
      return { ...next, appointments: [...state.appointments, appointment] };
    }
    case 'AppointmentRescheduled':
      return withAppointment(next, event.data.appointmentId, (appointment) => ({
        ...appointment,
        startsAt: event.data.startsAt,
        reschedules: appointment.reschedules + 1,
      }));
    case 'AppointmentTransportChanged':
      return withAppointment(next, event.data.appointmentId, (appointment) => ({
        ...appointment,
        transport: event.data.to,
      }));
    case 'AppointmentKept':
      return withAppointment(next, event.data.appointmentId, (appointment) => ({ ...appointment, status: 'kept' }));
    case 'AppointmentMissed':
      return withAppointment(next, event.data.appointmentId, (appointment) => ({
        ...appointment,
        status: 'missed',
        followUpDueBy: event.data.followUpDueBy,
      }));
    case 'AppointmentCancelled':
      return withAppointment(next, event.data.appointmentId, (appointment) => ({
        ...appointment,
        status: 'cancelled',
        cancellationReason: event.data.personal?.reason ?? null,
      }));
    case 'MissedAppointmentFollowedUp':
      return withAppointment(next, event.data.appointmentId, (appointment) => ({
        ...appointment,
        followedUp: true,
        followedUpAt: event.data.followedUpAt,
      }));
    case 'MedicationChecked': {
      const { checkId, adherence, prescriberInformed, checkedOn, by, personal } = event.data;
      const check: MedicationCheckRecord = {
        checkId,
        medication: personal?.medication ?? null,
        dose: personal?.dose ?? null,
        adherence,
        sideEffects: personal?.sideEffects ?? null,
        prescriberInformed,
        checkedOn,
        by,
      };
      return { ...next, medicationChecks: [...state.medicationChecks, check] };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown casework event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

function contactRecorded(state: CaseworkState, data: ContactRecorded['data']): CaseworkState {
  const { contactId, kind, occurredAt, recordedAt, late, durationMinutes, goalsAddressed, by, personal } = data;
  const record: ContactRecord = {
    contactId,
    kind,
    occurredAt,
    recordedAt,
    late,
    durationMinutes,
    goalsAddressed,
    by,
    notes: personal?.notes ?? null,
    location: personal?.location ?? null,
    participants: personal?.participants ?? null,
    lateEntryReason: personal?.lateEntryReason ?? null,
  };
  const reached = kind !== ATTEMPTED_CONTACT;
  // A back-dated entry may be earlier than contacts recorded before it.
  return {
    ...state,
    contacts: [...state.contacts, record],
    firstContactAt: reached ? earliest(state.firstContactAt, occurredAt) : state.firstContactAt,
    lastContactAt: reached ? latest(state.lastContactAt, occurredAt) : state.lastContactAt,
  };
}

function earliest(current: string | null, candidate: string): string {
  return current !== null && Date.parse(current) <= Date.parse(candidate) ? current : candidate;
}

function latest(current: string | null, candidate: string): string {
  return current !== null && Date.parse(current) >= Date.parse(candidate) ? current : candidate;
}

function withAppointment(
  state: CaseworkState,
  appointmentId: string,
  change: (appointment: AppointmentRecord) => AppointmentRecord,
): CaseworkState {
  return {
    ...state,
    appointments: state.appointments.map((item) => (item.appointmentId === appointmentId ? change(item) : item)),
  };
}
