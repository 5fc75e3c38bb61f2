import { ApiProperty } from '@nestjs/swagger';
import { ObligationRowDto } from '../../compliance-read-model/obligation-row.dto';
import { COMPLIANCE_CLOCKS, type ComplianceClockKind } from '../compliance-report/compliance-clock';
import type { CaseCompliance } from './case-compliance.query';

/** GET /audit/cases/{caseId}/compliance in JSON. */
export class CaseComplianceDto implements CaseCompliance {
  @ApiProperty()
  readonly caseId!: string;
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
  @ApiProperty({ type: String, nullable: true })
  readonly programId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The case manager' })
  readonly workerId!: string | null;
  @ApiProperty({ description: 'The fines of its violations and late meetings, in cents (USD)' })
  readonly fineCents!: number;
  @ApiProperty({ type: [ObligationRowDto], description: 'In the order they arose' })
  readonly obligations!: ObligationRowDto[];
}
