import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ERASURE_BASES, type ErasureBasis } from '../../client.decider';

export class EraseClientPersonalDataRequestDto {
  @ApiProperty({
    description:
      'Why the personal data is erased, as a code: free text would outlive the key it cannot be sealed with (ADR 0014)',
    enum: ERASURE_BASES,
  })
  @IsIn(ERASURE_BASES)
  readonly basis!: ErasureBasis;
}
