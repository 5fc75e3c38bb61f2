import { ApiProperty } from '@nestjs/swagger';
import { COMPLIANCE_CLOCKS, type ComplianceClockKind } from './compliance-clock';

/** What every compliance answer says of its clock: which one, as known when, judged at what instant. */
export class ComplianceClockDto {
  @ApiProperty({ enum: COMPLIANCE_CLOCKS })
  readonly clock!: ComplianceClockKind;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'For the known clock: the instant the record is read as of',
  })
  readonly knownOn!: string | null;
  @ApiProperty({ format: 'date-time', description: 'The instant the obligations are judged at' })
  readonly evaluatedAt!: string;
}

/** A compliance answer over a period of due dates. */
export class CompliancePeriodDto extends ComplianceClockDto {
  @ApiProperty({ format: 'date', description: 'First day of due dates, in the agency’s calendar' })
  readonly from!: string;
  @ApiProperty({ format: 'date', description: 'Last day of due dates, in the agency’s calendar' })
  readonly to!: string;
}
