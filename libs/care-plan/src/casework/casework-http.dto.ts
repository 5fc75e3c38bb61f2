import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CaseParamDto } from '../shared/care-plan-http.dto';

/** An appointment of a case. */
export class AppointmentParamDto extends CaseParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly appointmentId!: string;
}

/** What a write to a case's casework answers. */
export class CaseworkWriteResponseDto {
  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The contact, appointment or check the write is about' })
  readonly id?: string;

  @ApiProperty({
    description: 'Version of the case’s casework stream now: send it as expectedVersion with the next change',
  })
  readonly streamVersion!: number;

  @ApiProperty({ description: 'False when the request changed nothing, so no event was recorded' })
  readonly changed!: boolean;

  /** For a missed appointment: when its follow-up is due. */
  @ApiPropertyOptional({ format: 'date-time' })
  readonly followUpDueBy?: string;
}
