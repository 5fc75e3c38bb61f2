import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  IDENTIFIER_SYSTEMS,
  SEX_VALUES,
  type ClientContact,
  type ClientDemographics,
  type ClientIdentifier,
  type IdentifierSystem,
  type PostalAddress,
  type Sex,
} from '../../client.types';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGE_TAG = /^(?:[A-Za-z]{2,3}|[A-Za-z]{4,8})(?:-[A-Za-z0-9]{1,8})*$/;

export class ClientIdentifierDto {
  @ApiProperty({ enum: IDENTIFIER_SYSTEMS })
  @IsIn(IDENTIFIER_SYSTEMS)
  readonly system!: IdentifierSystem;

  @ApiProperty({ description: 'As written; compared by its letters and digits only', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  readonly value!: string;
}

export class PostalAddressDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly line1!: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly city!: string;

  @ApiProperty({ description: 'USPS state code', example: 'CA' })
  @Matches(/^[A-Z]{2}$/, { message: 'state must be a two-letter USPS code' })
  readonly state!: string;

  @ApiProperty({ example: '94607' })
  @Matches(/^\d{5}(-\d{4})?$/, { message: 'postalCode must be a ZIP or ZIP+4 code' })
  readonly postalCode!: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  readonly county?: string;
}

export class ClientContactDto {
  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @Matches(/^[+0-9 ().-]{3,40}$/, { message: 'phone may hold digits, spaces and + ( ) . - only' })
  readonly phone?: string;

  @ApiPropertyOptional({ format: 'email' })
  @IsOptional()
  @IsEmail()
  readonly email?: string;

  @ApiPropertyOptional({ type: PostalAddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostalAddressDto)
  readonly address?: PostalAddressDto;
}

export class ClientDemographicsDto {
  @ApiPropertyOptional({ enum: SEX_VALUES, description: 'Administrative sex' })
  @IsOptional()
  @IsIn(SEX_VALUES)
  readonly sex?: Sex;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  readonly genderIdentity?: string;

  @ApiPropertyOptional({ type: [String], description: 'Self-reported race categories' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  readonly race?: string[];

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  readonly ethnicity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  readonly veteran?: boolean;
}

export class DuplicateOverrideDto {
  @ApiProperty({ description: 'Why this is a new person although possible duplicates were shown', maxLength: 2_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2_000)
  readonly reason!: string;
}

/** A client to register. Names, date of birth, identifiers and contact are stored sealed with the client's key. */
export class RegisterClientRequestDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Id of the new client; a UUIDv7 when left out' })
  @IsOptional()
  @IsUUID()
  readonly clientId?: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly givenName!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly middleName?: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly familyName!: string;

  @ApiProperty({ format: 'date', example: '1984-07-12' })
  @Matches(DATE_ONLY, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a calendar date' })
  readonly dateOfBirth!: string;

  @ApiPropertyOptional({ type: [ClientIdentifierDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ClientIdentifierDto)
  readonly identifiers?: ClientIdentifierDto[];

  @ApiPropertyOptional({ type: ClientContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClientContactDto)
  readonly contact?: ClientContactDto;

  @ApiProperty({ description: 'BCP-47 language tag', example: 'es' })
  @Matches(LANGUAGE_TAG, { message: 'preferredLanguage must be a BCP-47 language tag' })
  readonly preferredLanguage!: string;

  @ApiPropertyOptional({ type: ClientDemographicsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClientDemographicsDto)
  readonly demographics?: ClientDemographicsDto;

  @ApiPropertyOptional({ type: DuplicateOverrideDto, description: 'Register although possible duplicates exist' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DuplicateOverrideDto)
  readonly duplicateOverride?: DuplicateOverrideDto;
}

// Request DTOs arrive as class instances; events hold plain records without absent fields.

export function identifiersOf(dtos: readonly ClientIdentifierDto[]): ClientIdentifier[] {
  return dtos.map((dto) => ({ system: dto.system, value: dto.value.trim() }));
}

export function contactOf(dto: ClientContactDto | undefined): ClientContact {
  if (!dto) return {};
  return definedOnly({ phone: dto.phone, email: dto.email, address: dto.address && addressOf(dto.address) });
}

function addressOf(dto: PostalAddressDto): PostalAddress {
  return definedOnly({
    line1: dto.line1,
    city: dto.city,
    state: dto.state,
    postalCode: dto.postalCode,
    county: dto.county,
  }) as PostalAddress;
}

export function demographicsOf(dto: ClientDemographicsDto | undefined): ClientDemographics {
  if (!dto) return {};
  return definedOnly({
    sex: dto.sex,
    genderIdentity: dto.genderIdentity,
    race: dto.race && [...dto.race],
    ethnicity: dto.ethnicity,
    veteran: dto.veteran,
  });
}

/** The record without its undefined properties (null stays: it clears a field in a correction). */
export function definedOnly<T extends object>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
