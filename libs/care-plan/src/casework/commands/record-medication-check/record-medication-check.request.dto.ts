import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601 } from 'class-validator';
import { OptionalExpectedVersion, OptionalText, RequiredText } from '../../../shared/care-plan-http.dto';
import { MEDICATION_ADHERENCE, type MedicationAdherence } from '../../casework.events';

export class RecordMedicationCheckRequestDto {
  @RequiredText('The medication (sealed with the client’s key)', 300)
  readonly medication!: string;

  @RequiredText('The dose as prescribed (sealed)', 300)
  readonly dose!: string;

  @ApiProperty({ enum: MEDICATION_ADHERENCE })
  @IsIn(MEDICATION_ADHERENCE)
  readonly adherence!: MedicationAdherence;

  @OptionalText('Side effects the client reported (sealed)', 2_000)
  readonly sideEffects?: string;

  @ApiProperty({ description: 'Whether the prescriber was told' })
  @IsBoolean()
  readonly prescriberInformed!: boolean;

  @ApiProperty({ format: 'date', description: 'The day of the check, not in the future' })
  @IsISO8601({ strict: true })
  readonly checkedOn!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
