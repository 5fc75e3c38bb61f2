import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CONSENT_PURPOSES,
  DISCLOSER_KINDS,
  EXPIRY_KINDS,
  INFORMATION_CATEGORIES,
  RECIPIENT_KINDS,
  SIGNER_KINDS,
} from '../../consent.types';

// The §2.31 elements are documented as required but validated as optional here: the decider names a missing
// element with INTAKE.CONSENT_INCOMPLETE, so every entry point (HTTP, import, replay) answers alike.
const Element = (description: string, extra: Parameters<typeof ApiProperty>[0] = {}): PropertyDecorator =>
  applyDecorators(ApiProperty({ description, ...extra }), IsOptional());

const Text = (maxLength: number): PropertyDecorator => applyDecorators(IsString(), MaxLength(maxLength));

export class ConsentDiscloserDto {
  @Element('A program, an organisation or a person', { enum: DISCLOSER_KINDS })
  @IsIn(DISCLOSER_KINDS)
  readonly kind?: string;

  @Element('Name of who may disclose')
  @Text(300)
  readonly name?: string;

  @ApiPropertyOptional({ description: 'Their id in the agency or the provider directory' })
  @IsOptional()
  @Text(200)
  readonly id?: string;
}

export class ConsentInformationDto {
  @Element('Kinds of information the consent releases', {
    type: 'array',
    items: { type: 'string', enum: [...INFORMATION_CATEGORIES] },
  })
  @IsArray()
  @ArrayMaxSize(INFORMATION_CATEGORIES.length)
  @IsIn(INFORMATION_CATEGORIES, { each: true })
  readonly categories?: string[];

  @Element('How much and what kind of information, as the form says it')
  @Text(2_000)
  readonly description?: string;
}

export class ConsentRecipientDto {
  @Element('A named recipient, or a class of recipients (general designation)', { enum: RECIPIENT_KINDS })
  @IsIn(RECIPIENT_KINDS)
  readonly kind?: string;

  @ApiPropertyOptional({ description: 'named: the recipient (organisation or person)' })
  @IsOptional()
  @Text(300)
  readonly name?: string;

  @ApiPropertyOptional({ description: 'named: the organisation id in the provider directory' })
  @IsOptional()
  @Text(200)
  readonly organizationId?: string;

  @ApiPropertyOptional({ description: 'class: who belongs to the class' })
  @IsOptional()
  @Text(1_000)
  readonly description?: string;

  @ApiPropertyOptional({
    description: 'class: its members have a treating provider relationship with the patient (required for SUD)',
  })
  @IsOptional()
  @IsBoolean()
  readonly treatingProviderRelationship?: boolean;
}

export class ConsentExpiryDto {
  @Element('Ends on a date, or on an event', { enum: EXPIRY_KINDS })
  @IsIn(EXPIRY_KINDS)
  readonly kind?: string;

  @ApiPropertyOptional({ description: 'date: the last day the consent applies (inclusive)', format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly on?: string;

  @ApiPropertyOptional({ description: 'event: what ends the consent, e.g. discharge from the program' })
  @IsOptional()
  @Text(500)
  readonly event?: string;
}

/** Personal data of the form, sealed with the client's key. */
export class ConsentPersonalDto {
  @Element('The name as signed')
  @Text(300)
  readonly signatureName?: string;

  @ApiPropertyOptional({ description: 'Who signed for the patient (guardian or authorised representative)' })
  @IsOptional()
  @Text(300)
  readonly representativeName?: string;

  @ApiPropertyOptional({ description: 'Notes about the signing' })
  @IsOptional()
  @Text(4_000)
  readonly notes?: string;
}

/** A written consent to disclose (42 CFR §2.31). */
export class RecordConsentRequestDto {
  @ApiPropertyOptional({ description: 'Id of the consent; a new UUID when left out', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  readonly consentId?: string;

  @Element('The patient', { format: 'uuid' })
  @IsUUID()
  readonly clientId?: string;

  @ApiPropertyOptional({ description: 'The case the consent was taken in', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  readonly caseId?: string;

  @Element('Who may disclose', { type: ConsentDiscloserDto })
  @ValidateNested()
  @Type(() => ConsentDiscloserDto)
  readonly discloser?: ConsentDiscloserDto;

  @Element('What information', { type: ConsentInformationDto })
  @ValidateNested()
  @Type(() => ConsentInformationDto)
  readonly information?: ConsentInformationDto;

  @Element('Recipients by name or class', { type: [ConsentRecipientDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ConsentRecipientDto)
  readonly recipients?: ConsentRecipientDto[];

  @Element('Purposes of the disclosure', { type: 'array', items: { type: 'string', enum: [...CONSENT_PURPOSES] } })
  @IsArray()
  @ArrayMaxSize(CONSENT_PURPOSES.length)
  @IsIn(CONSENT_PURPOSES, { each: true })
  readonly purpose?: string[];

  @ApiPropertyOptional({ description: "The purpose in the form's words; required when purpose includes 'other'" })
  @IsOptional()
  @Text(1_000)
  readonly purposeDescription?: string;

  @Element('The patient was told of the right to revoke the consent: must be true')
  @IsBoolean()
  readonly rightToRevokeAcknowledged?: boolean;

  @Element('When the consent ends', { type: ConsentExpiryDto })
  @ValidateNested()
  @Type(() => ConsentExpiryDto)
  readonly expiry?: ConsentExpiryDto;

  @Element('When it was signed (ISO 8601 date-time with offset)', { format: 'date-time' })
  @IsISO8601({ strict: true, strictSeparator: true })
  readonly signedAt?: string;

  @Element('Who signed', { enum: SIGNER_KINDS })
  @IsIn(SIGNER_KINDS)
  readonly signedBy?: string;

  @ApiPropertyOptional({
    description: 'The §2.32 statement to send with each disclosure; the regulation’s text by default',
  })
  @IsOptional()
  @Text(4_000)
  readonly redisclosureNotice?: string;

  @ApiPropertyOptional({
    description: 'When the consent takes effect; when it was signed by default',
    format: 'date-time',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  readonly effectiveFrom?: string;

  @Element('Signature and notes (personal data, sealed)', { type: ConsentPersonalDto })
  @ValidateNested()
  @Type(() => ConsentPersonalDto)
  readonly personal?: ConsentPersonalDto;
}
