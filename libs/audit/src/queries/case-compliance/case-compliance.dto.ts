import { ApiProperty } from '@nestjs/swagger';
import { ObligationRowDto } from '../../compliance-read-model/obligation-row.dto';
import { ComplianceClockDto } from '../compliance-report/compliance-clock.dto';
import type { CaseCompliance } from './case-compliance.query';

/** GET /audit/cases/{caseId}/compliance in JSON. */
export class CaseComplianceDto extends ComplianceClockDto implements CaseCompliance {
  @ApiProperty()
  readonly caseId!: string;
  @ApiProperty({ type: String, nullable: true })
  readonly programId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The team holding the case' })
  readonly teamId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The case manager' })
  readonly workerId!: string | null;
  @ApiProperty({ description: 'The fines of its violations and late meetings, in cents (USD)' })
  readonly fineCents!: number;
  @ApiProperty({ type: [ObligationRowDto], description: 'In the order they arose' })
  readonly obligations!: ObligationRowDto[];
}
