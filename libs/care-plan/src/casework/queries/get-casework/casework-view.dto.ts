import { ApiProperty } from '@nestjs/swagger';
import {
  APPOINTMENT_STATUSES,
  CONTACT_KINDS,
  MEDICATION_ADHERENCE,
  TRANSPORT_STATUSES,
  type AppointmentStatus,
  type ContactKind,
  type MedicationAdherence,
  type TransportStatus,
} from '../../casework.events';
import type { AppointmentRecord, ContactRecord, MedicationCheckRecord } from '../../casework.state';
import type { CaseCasework } from './get-casework.query';

// `GET /care-plan/cases/{caseId}/casework` as the OpenAPI document describes it, so clients get generated types.
// Each class implements its record's interface: a field added to one and not the other fails the build. Sealed
// text is null once the client's personal data is erased.

const SEALED = 'Sealed with the client’s key; null once the client’s personal data is erased';

export class ContactRecordDto implements ContactRecord {
  @ApiProperty({ format: 'uuid' })
  readonly contactId!: string;

  @ApiProperty({ enum: CONTACT_KINDS })
  readonly kind!: ContactKind;

  @ApiProperty({ format: 'date-time' })
  readonly occurredAt!: string;

  @ApiProperty({ format: 'date-time' })
  readonly recordedAt!: string;

  @ApiProperty({ description: 'Recorded more than a day after it happened' })
  readonly late!: boolean;

  @ApiProperty({ type: Number, nullable: true })
  readonly durationMinutes!: number | null;

  @ApiProperty({ type: [String] })
  readonly goalsAddressed!: string[];

  @ApiProperty({ description: 'Who recorded it' })
  readonly by!: string;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly notes!: string | null;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly location!: string | null;

  @ApiProperty({ type: [String], nullable: true, description: SEALED })
  readonly participants!: string[] | null;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly lateEntryReason!: string | null;
}

export class AppointmentRecordDto implements AppointmentRecord {
  @ApiProperty({ format: 'uuid' })
  readonly appointmentId!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly organizationId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly providerName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly purpose!: string | null;

  @ApiProperty({ format: 'date-time' })
  readonly startsAt!: string;

  @ApiProperty({ enum: TRANSPORT_STATUSES })
  readonly transport!: TransportStatus;

  @ApiProperty({ enum: APPOINTMENT_STATUSES })
  readonly status!: AppointmentStatus;

  @ApiProperty()
  readonly scheduledBy!: string;

  @ApiProperty({ description: 'How many times it was moved to another time' })
  readonly reschedules!: number;

  @ApiProperty({ type: String, nullable: true })
  readonly cancellationReason!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly followUpDueBy!: string | null;

  @ApiProperty()
  readonly followedUp!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly followedUpAt!: string | null;
}

export class MedicationCheckRecordDto implements MedicationCheckRecord {
  @ApiProperty({ format: 'uuid' })
  readonly checkId!: string;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly medication!: string | null;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly dose!: string | null;

  @ApiProperty({ enum: MEDICATION_ADHERENCE })
  readonly adherence!: MedicationAdherence;

  @ApiProperty({ type: String, nullable: true, description: SEALED })
  readonly sideEffects!: string | null;

  @ApiProperty()
  readonly prescriberInformed!: boolean;

  @ApiProperty({ format: 'date' })
  readonly checkedOn!: string;

  @ApiProperty()
  readonly by!: string;
}

export class CaseCaseworkDto implements CaseCasework {
  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiProperty({ format: 'date-time', description: 'The instant the casework is shown as of' })
  readonly asOf!: string;

  @ApiProperty({ description: 'Send it as expectedVersion with the next change' })
  readonly streamVersion!: number;

  @ApiProperty({ type: [ContactRecordDto] })
  readonly contacts!: ContactRecordDto[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly firstContactAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly lastContactAt!: string | null;

  @ApiProperty({ type: [AppointmentRecordDto] })
  readonly appointments!: AppointmentRecordDto[];

  @ApiProperty({ type: [MedicationCheckRecordDto] })
  readonly medicationChecks!: MedicationCheckRecordDto[];
}
