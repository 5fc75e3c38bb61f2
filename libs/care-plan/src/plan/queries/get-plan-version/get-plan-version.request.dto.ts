import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { PlanParamDto } from '../../plan-http.dto';

/** `{caseId}/plans/{planId}/versions/{version}`: one version of a plan. */
export class PlanVersionParamDto extends PlanParamDto {
  @ApiProperty({
    pattern: '^[1-9][0-9]{0,6}$',
    description: 'The plan’s version: 1 when drafted, one more with each change',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  readonly version!: number;
}
