import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

/** The `{id}` of a case route. */
export class CaseIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly id!: string;
}

/** What a write to a case answers. */
export class CaseWriteResponseDto {
  @ApiProperty({ description: 'Id of the case written' })
  readonly id!: string;

  @ApiProperty({ description: 'Version of its stream now: send it as expectedVersion with the next change' })
  readonly version!: number;

  @ApiProperty({ description: 'False when the request changed nothing, so no event was recorded' })
  readonly changed!: boolean;
}

/** Free text a worker must give (a reason); sealed with the client's key when stored. */
export const RequiredText = (description: string, maxLength = 2_000): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ description, minLength: 1, maxLength }),
    IsString(),
    MinLength(1),
    MaxLength(maxLength),
  );

/** The version the caller read; a case that moved on since answers 409. Optional where a change is additive. */
export const OptionalExpectedVersion = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      description: 'Version of the case the change is based on; left out, the change applies to the current version',
      minimum: 1,
    }),
    IsOptional(),
    IsInt(),
    Min(1),
  );

/** The version the caller read; a case that moved on since answers 409. */
export const ExpectedVersion = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({
      description: 'Version of the case the change is based on (from the last write or read)',
      minimum: 1,
    }),
    IsInt(),
    Min(1),
  );

/** What recording a screening answers: the case write, and the id of the stored screening. */
export class ScreeningWriteResponseDto extends CaseWriteResponseDto {
  @ApiProperty({ description: 'Id of the stored screening' })
  readonly screeningId!: string;
}
