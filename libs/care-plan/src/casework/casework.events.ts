// The events of a case's casework: contacts with the client or about them, appointments with providers, and
// medication checks. All of a case's casework is in one stream, `care-plan.casework-<case id>`. Free text and
// anything about the client (notes, who took part, where, which provider, which medication) travels in `personal`,
// sealed with the client's key; it reads as null once the key is shredded.

/** How a contact happened: `collateral` is one with someone else about the client; `attempted` reached nobody. */
export const CONTACT_KINDS = ['home_visit', 'office_visit', 'phone', 'video', 'collateral', 'attempted'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const ATTEMPTED_CONTACT = 'attempted' satisfies ContactKind;

/** A contact recorded more than this long after it happened is a late entry and says why. */
export const LATE_ENTRY_HOURS = 24;
export const MAX_CONTACT_MINUTES = 24 * 60;

export const TRANSPORT_STATUSES = ['arranged', 'not_needed', 'not_arranged'] as const;
export type TransportStatus = (typeof TRANSPORT_STATUSES)[number];

export const APPOINTMENT_STATUSES = ['scheduled', 'kept', 'missed', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const APPOINTMENT_OUTCOMES = ['kept', 'missed', 'cancelled'] as const satisfies readonly AppointmentStatus[];
export type AppointmentOutcome = (typeof APPOINTMENT_OUTCOMES)[number];

export const MEDICATION_ADHERENCE = ['as_prescribed', 'missed_doses', 'stopped'] as const;
export type MedicationAdherence = (typeof MEDICATION_ADHERENCE)[number];

// `by` is the worker who recorded it. Instants are ISO 8601 in UTC; dates are the agency's calendar dates.

export type ContactRecorded = {
  readonly type: 'ContactRecorded';
  readonly data: {
    readonly caseId: string;
    readonly contactId: string;
    readonly kind: ContactKind;
    /** When it happened, as the worker says: may be earlier than it was recorded. */
    readonly occurredAt: string;
    readonly recordedAt: string;
    /** Recorded more than {@link LATE_ENTRY_HOURS} hours after it happened. */
    readonly late: boolean;
    readonly durationMinutes: number | null;
    /** The plan's goals the contact worked on. */
    readonly goalsAddressed: readonly string[];
    readonly by: string;
    readonly personal: {
      readonly notes: string;
      readonly location?: string;
      /** Who took part, as the worker names them: `client`, `mother`. */
      readonly participants: readonly string[];
      readonly lateEntryReason?: string;
    } | null;
  };
};

/** A provider the client sees: a directory organisation when it is one, always with its name (sealed). */
export interface AppointmentProvider {
  readonly organizationId: string | null;
}

export type AppointmentScheduled = {
  readonly type: 'AppointmentScheduled';
  readonly data: {
    readonly caseId: string;
    readonly appointmentId: string;
    readonly provider: AppointmentProvider;
    readonly startsAt: string;
    readonly transport: TransportStatus;
    readonly by: string;
    readonly personal: { readonly providerName: string; readonly purpose: string } | null;
  };
};
export type AppointmentRescheduled = {
  readonly type: 'AppointmentRescheduled';
  readonly data: {
    readonly caseId: string;
    readonly appointmentId: string;
    readonly from: string;
    readonly startsAt: string;
    readonly by: string;
    readonly personal: { readonly reason: string } | null;
  };
};
export type AppointmentTransportChanged = {
  readonly type: 'AppointmentTransportChanged';
  readonly data: {
    readonly caseId: string;
    readonly appointmentId: string;
    readonly from: TransportStatus;
    readonly to: TransportStatus;
    readonly by: string;
  };
};
export type AppointmentKept = {
  readonly type: 'AppointmentKept';
  readonly data: {
    readonly caseId: string;
    readonly appointmentId: string;
    readonly startsAt: string;
    readonly by: string;
  };
};
/** A no-show: the worker follows it up by the end of the agency's next business day. */
export type AppointmentMissed = {
  readonly type: 'AppointmentMissed';
  readonly data: {
    readonly caseId: string;
    readonly appointmentId: string;
    readonly startsAt: string;
    readonly followUpDueBy: string;
    readonly by: string;
  };
};
export type AppointmentCancelled = {
  readonly type: 'AppointmentCancelled';
  readonly data: {
    readonly caseId: string;
    readonly appointmentId: string;
    readonly startsAt: string;
    readonly by: string;
    readonly personal: { readonly reason: string } | null;
  };
};
export type MissedAppointmentFollowedUp = {
  readonly type: 'MissedAppointmentFollowedUp';
  readonly data: {
    readonly caseId: string;
    readonly appointmentId: string;
    readonly followedUpAt: string;
    /** Followed up after it was due. */
    readonly late: boolean;
    readonly by: string;
    readonly personal: { readonly notes: string } | null;
  };
};

export type MedicationChecked = {
  readonly type: 'MedicationChecked';
  readonly data: {
    readonly caseId: string;
    readonly checkId: string;
    readonly adherence: MedicationAdherence;
    readonly prescriberInformed: boolean;
    readonly checkedOn: string;
    readonly by: string;
    readonly personal: { readonly medication: string; readonly dose: string; readonly sideEffects?: string } | null;
  };
};

export type CaseworkEvent =
  | ContactRecorded
  | AppointmentScheduled
  | AppointmentRescheduled
  | AppointmentTransportChanged
  | AppointmentKept
  | AppointmentMissed
  | AppointmentCancelled
  | MissedAppointmentFollowedUp
  | MedicationChecked;

export const CASEWORK_EVENT_TYPES = [
  'ContactRecorded',
  'AppointmentScheduled',
  'AppointmentRescheduled',
  'AppointmentTransportChanged',
  'AppointmentKept',
  'AppointmentMissed',
  'AppointmentCancelled',
  'MissedAppointmentFollowedUp',
  'MedicationChecked',
] as const satisfies readonly CaseworkEvent['type'][];
