import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsObject, Max, Min } from 'class-validator';

/** A new version of a tenant's rule set, written against the version the writer last saw. */
export class PutRuleSetRequestDto {
  @ApiProperty({ minimum: 0, description: 'The latest stored version of this rule set (0: there is none yet)' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  readonly expectedVersion!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The rule set (ADR 0035): `effectiveFrom`, `programId` (null: all programs) and `rules`; `id`, `version` ' +
      '(expectedVersion + 1) and `tenantId` (the caller’s) are filled in when left out.',
  })
  @IsObject()
  readonly ruleSet!: Record<string, unknown>;
}
