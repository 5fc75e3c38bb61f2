import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsHsdsList, IsHsdsObject } from '../hsds/is-hsds.validator';

// Field decorators of the write API's request DTOs: HSDS field rules (formats as the HSDS schemas declare them)
// plus OpenAPI documentation. Optional fields accept null, which clears the field on update.

export const OptionalText = (description: string, maxLength = 4_000): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description, nullable: true, maxLength }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );

export const RequiredText = (description: string, maxLength = 500): PropertyDecorator =>
  applyDecorators(ApiProperty({ description, maxLength }), IsString(), MaxLength(maxLength));

export const OptionalUuid = (description: string): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ description, format: 'uuid', nullable: true }), IsOptional(), IsUUID());

export const OptionalUrl = (description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description, format: 'uri', nullable: true }),
    IsOptional(),
    IsUrl({ require_tld: false, require_protocol: true }),
  );

export const OptionalEmail = (description: string): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ description, format: 'email', nullable: true }), IsOptional(), IsEmail());

export const OptionalNumber = (description: string, minimum: number, maximum: number): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description, minimum, maximum, nullable: true }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(minimum),
    Max(maximum),
  );

export const OptionalDate = (description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description, format: 'date', nullable: true }),
    IsOptional(),
    IsISO8601({ strict: true }),
  );

/** A list of HSDS sub-records, each valid against `schemaFile` of docs/standards/hsds-3.0/schema. */
export const HsdsList = (schemaFile: string, description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      description: `${description} (HSDS ${schemaFile})`,
      type: 'array',
      items: { type: 'object' },
      nullable: true,
    }),
    IsOptional(),
    IsHsdsList(schemaFile),
  );

export const HsdsSubRecord = (schemaFile: string, description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      description: `${description} (HSDS ${schemaFile})`,
      type: 'object',
      additionalProperties: true,
      nullable: true,
    }),
    IsOptional(),
    IsHsdsObject(schemaFile),
  );

/** The version the client read: a stream that moved on since answers 409. */
export const ExpectedVersion = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({
      description: 'Version of the record the change is based on (from the last write or the ETag of a read)',
      minimum: 1,
    }),
    IsNumber({ allowNaN: false }),
    Min(1),
  );
