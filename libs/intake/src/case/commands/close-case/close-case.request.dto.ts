import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalExpectedVersion, RequiredText } from '../../case-http.dto';
import { CASE_OUTCOMES, type CaseOutcome } from '../../case.decider';

export class CloseCaseRequestDto {
  @RequiredText('Why the case closes (sealed with the client’s key)')
  readonly reason!: string;

  @ApiProperty({ enum: CASE_OUTCOMES })
  @IsIn(CASE_OUTCOMES)
  readonly outcome!: CaseOutcome;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
