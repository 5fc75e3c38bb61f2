import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

/** The `{caseId}` of a care plan case route. */
export class CaseParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly caseId!: string;
}

/** The `{caseId}/plans/{planId}` of a plan route. */
export class PlanParamDto extends CaseParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly planId!: string;
}

/** A goal of a plan. */
export class GoalParamDto extends PlanParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly goalId!: string;
}

/** An intervention under a goal. */
export class InterventionParamDto extends GoalParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly interventionId!: string;
}

/** `?asOf=`: the plans as they stood at an instant. */
export class AsOfQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'The plans as recorded by this instant; now when left out' })
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly asOf?: string;
}

/** What a write to a case's plans answers. */
export class PlanWriteResponseDto {
  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiProperty({ format: 'uuid' })
  readonly planId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The goal, intervention, note or review the write created' })
  readonly id?: string;

  @ApiProperty({
    description: 'Version of the case’s plans stream now: send it as expectedVersion with the next change',
  })
  readonly streamVersion!: number;

  @ApiProperty({ description: 'False when the request changed nothing, so no event was recorded' })
  readonly changed!: boolean;
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

/** The version of the case's plans stream the caller read; one that moved on since answers 409. */
export const OptionalExpectedVersion = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      description: 'Version of the case’s plans stream the change is based on (from the last write or read)',
      minimum: 1,
    }),
    IsOptional(),
    IsInt(),
    Min(1),
  );

/** The plan version a submission or approval is pinned to. */
export const PlanVersion = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ description: 'The version of the plan as the caller read it', minimum: 1 }),
    IsInt(),
    Min(1),
  );
