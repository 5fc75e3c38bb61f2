import { ApiProperty } from '@nestjs/swagger';
import { RuleSetDto } from '../../compliance-rules/rule-set.dto';
import type { PutRuleSetResult } from './put-rule-set.handler';

/** The version stored, as parsed, and when. */
export class PutRuleSetResultDto implements PutRuleSetResult {
  @ApiProperty({ type: RuleSetDto, description: 'The version as stored, its missing fields filled in' })
  readonly ruleSet!: RuleSetDto;
  @ApiProperty({ format: 'date-time' })
  readonly recordedAt!: string;
}
