import { ApiProperty } from '@nestjs/swagger';
import { ObligationRowDto } from '../../compliance-read-model/obligation-row.dto';
import type { ComplianceClockKind } from '../compliance-report/compliance-clock';
import { CompliancePeriodDto } from '../compliance-report/compliance-clock.dto';

/** What a JSON export of obligations opens with, before its rows. */
export interface ObligationsExportHead {
  readonly clock: ComplianceClockKind;
  readonly knownOn: string | null;
  readonly from: string;
  readonly to: string;
  readonly evaluatedAt: string;
}

/** GET /audit/compliance/obligations in JSON (format=json). */
export class ObligationsExportDto extends CompliancePeriodDto implements ObligationsExportHead {
  @ApiProperty({ type: [ObligationRowDto], description: 'By case, then in the order they arose' })
  readonly obligations!: ObligationRowDto[];
}
