import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ExpectedVersion } from '../../case-http.dto';
import { WORKING_STATUSES, type WorkingStatus } from '../../case.decider';

export class AdvanceCaseStatusRequestDto {
  @ApiProperty({
    enum: WORKING_STATUSES,
    description: 'The next status: opened → assessment → planning → services (close a case with POST …/close)',
  })
  @IsIn(WORKING_STATUSES)
  readonly to!: WorkingStatus;

  @ExpectedVersion()
  readonly expectedVersion!: number;
}
