import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FhirAuditEvent } from './fhir-audit-event';

// The FHIR R4 Bundle the exports write (`fhirBundleWriter`), with AuditEvents as far as they fill them: the document
// describes the file, the FHIR specification the resources.

type AuditEventAgent = FhirAuditEvent['agent'][number];
type AuditEventEntity = FhirAuditEvent['entity'][number];

export class FhirCodingDto {
  @ApiProperty()
  readonly system!: string;
  @ApiProperty()
  readonly code!: string;
  @ApiPropertyOptional()
  readonly display?: string;
}

export class FhirIdentifierDto {
  @ApiProperty()
  readonly system!: string;
  @ApiProperty()
  readonly value!: string;
}

export class FhirReferenceDto {
  @ApiProperty({ type: FhirIdentifierDto })
  readonly identifier!: FhirIdentifierDto;
}

export class FhirCodeableConceptDto {
  @ApiProperty({ type: [FhirCodingDto] })
  readonly coding!: FhirCodingDto[];
}

export class FhirAgentRoleDto extends FhirCodeableConceptDto {
  @ApiProperty()
  readonly text!: string;
}

export class FhirAuditEventAgentDto implements AuditEventAgent {
  @ApiProperty({ type: FhirCodeableConceptDto })
  readonly type!: FhirCodeableConceptDto;
  @ApiPropertyOptional({ type: [FhirAgentRoleDto] })
  readonly role?: FhirAgentRoleDto[];
  @ApiProperty({ type: FhirReferenceDto })
  readonly who!: FhirReferenceDto;
  @ApiProperty()
  readonly requestor!: boolean;
}

export class FhirAuditEventObserverDto extends FhirReferenceDto {
  @ApiProperty()
  readonly display!: string;
}

export class FhirAuditEventSourceDto {
  @ApiProperty({ description: 'The tenant' })
  readonly site!: string;
  @ApiProperty({ type: FhirAuditEventObserverDto })
  readonly observer!: FhirAuditEventObserverDto;
  @ApiProperty({ type: [FhirCodingDto] })
  readonly type!: FhirCodingDto[];
}

export class FhirAuditEventDetailDto {
  @ApiProperty()
  readonly type!: string;
  @ApiProperty()
  readonly valueString!: string;
}

export class FhirAuditEventEntityDto implements AuditEventEntity {
  @ApiProperty({ type: FhirReferenceDto })
  readonly what!: FhirReferenceDto;
  @ApiProperty({ type: FhirCodingDto })
  readonly type!: FhirCodingDto;
  @ApiProperty({ type: FhirCodingDto })
  readonly role!: FhirCodingDto;
  @ApiPropertyOptional()
  readonly name?: string;
  @ApiPropertyOptional({ type: [FhirAuditEventDetailDto] })
  readonly detail?: FhirAuditEventDetailDto[];
}

export class FhirPeriodDto {
  @ApiProperty({ format: 'date-time' })
  readonly start!: string;
  @ApiProperty({ format: 'date-time' })
  readonly end!: string;
}

/** A FHIR R4 AuditEvent as the exports fill it (ids only: nothing personal). */
export class FhirAuditEventDto implements FhirAuditEvent {
  @ApiProperty({ enum: ['AuditEvent'] })
  readonly resourceType!: 'AuditEvent';
  @ApiProperty()
  readonly id!: string;
  @ApiProperty({ type: FhirCodingDto })
  readonly type!: FhirCodingDto;
  @ApiProperty({ type: [FhirCodingDto] })
  readonly subtype!: FhirCodingDto[];
  @ApiProperty({ enum: ['C', 'R', 'U', 'D', 'E'] })
  readonly action!: 'C' | 'R' | 'U' | 'D' | 'E';
  @ApiProperty({ type: FhirPeriodDto })
  readonly period!: FhirPeriodDto;
  @ApiProperty({ format: 'date-time' })
  readonly recorded!: string;
  @ApiProperty({ enum: ['0', '4', '8', '12'] })
  readonly outcome!: '0' | '4' | '8' | '12';
  @ApiPropertyOptional()
  readonly outcomeDesc?: string;
  @ApiProperty({ type: [FhirAuditEventAgentDto] })
  readonly agent!: FhirAuditEventAgentDto[];
  @ApiProperty({ type: FhirAuditEventSourceDto })
  readonly source!: FhirAuditEventSourceDto;
  @ApiProperty({ type: [FhirAuditEventEntityDto] })
  readonly entity!: FhirAuditEventEntityDto[];
}

export class FhirBundleEntryDto {
  @ApiProperty({ description: '`urn:uuid:` and the resource’s id' })
  readonly fullUrl!: string;
  @ApiProperty({ type: FhirAuditEventDto })
  readonly resource!: FhirAuditEventDto;
}

/** A FHIR R4 Bundle of type `collection`: one AuditEvent an entry, and no `entry` when there is none. */
export class FhirBundleDto {
  @ApiProperty({ enum: ['Bundle'] })
  readonly resourceType!: 'Bundle';
  @ApiProperty()
  readonly id!: string;
  @ApiProperty({ enum: ['collection'] })
  readonly type!: 'collection';
  @ApiProperty({ format: 'date-time' })
  readonly timestamp!: string;
  @ApiPropertyOptional({ type: [FhirBundleEntryDto] })
  readonly entry?: FhirBundleEntryDto[];
}
