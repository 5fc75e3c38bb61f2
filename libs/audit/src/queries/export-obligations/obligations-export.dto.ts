import { ApiProperty } from '@nestjs/swagger';
import { ObligationRowDto } from '../../compliance-read-model/obligation-row.dto';
import { COMPLIANCE_CLOCKS, type ComplianceClockKind } from '../compliance-report/compliance-clock';

/** What a JSON export of obligations opens with, before its rows. */
export interface ObligationsExportHead {
  readonly clock: ComplianceClockKind;
  readonly knownOn: string | null;
  readonly from: string;
  readonly to: string;
  readonly evaluatedAt: string;
}

/** GET /audit/compliance/obligations in JSON (format=json). */
export class ObligationsExportDto implements ObligationsExportHead {
  @ApiProperty({ enum: COMPLIANCE_CLOCKS })
  readonly clock!: ComplianceClockKind;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'For the known clock: the instant the record is read as of',
  })
  readonly knownOn!: string | null;
  @ApiProperty({ format: 'date', description: 'First day of due dates, in the agency’s calendar' })
  readonly from!: string;
  @ApiProperty({ format: 'date', description: 'Last day of due dates, in the agency’s calendar' })
  readonly to!: string;
  @ApiProperty({ format: 'date-time', description: 'The instant the obligations are judged at' })
  readonly evaluatedAt!: string;
  @ApiProperty({ type: [ObligationRowDto], description: 'By case, then in the order they arose' })
  readonly obligations!: ObligationRowDto[];
}
