import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

// What every care plan route shares: the case it is on, free text, the version read, and `asOf`.

/** The `{caseId}` of a care plan case route. */
export class CaseParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly caseId!: string;
}

/** `?asOf=`: a case's plans or casework as they stood at an instant. */
export class AsOfQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'As recorded by this instant; now when left out' })
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly asOf?: string;
}

/** Free text a worker must give; sealed with the client's key when stored. */
export const RequiredText = (description: string, maxLength = 4_000): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ description, minLength: 1, maxLength }),
    IsString(),
    MinLength(1),
    MaxLength(maxLength),
  );

/** Free text a worker may give; sealed with the client's key when stored. */
export const OptionalText = (description: string, maxLength = 4_000): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ description, maxLength }), IsOptional(), IsString(), MaxLength(maxLength));

/** The version of the case's stream (plans or casework) the caller read; one that moved on since answers 409. */
export const OptionalExpectedVersion = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      description:
        'Version of the stream the change is based on (the case’s plans or casework, from the last write or read)',
      minimum: 1,
    }),
    IsOptional(),
    IsInt(),
    Min(1),
  );
