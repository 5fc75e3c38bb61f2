import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsUUID, Min } from 'class-validator';
import { CaseParamDto } from '../shared/care-plan-http.dto';

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

/** The plan version a submission or approval is pinned to. */
export const PlanVersion = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ description: 'The version of the plan as the caller read it', minimum: 1 }),
    IsInt(),
    Min(1),
  );
