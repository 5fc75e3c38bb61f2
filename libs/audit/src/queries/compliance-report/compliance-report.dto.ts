import { ApiProperty, OmitType } from '@nestjs/swagger';
import { CompliancePeriodDto } from './compliance-clock.dto';
import type { ComplianceReport } from './compliance-report.query';
import { REPORT_GROUPINGS, type ReportGroup, type ReportGrouping } from './report-tally';

/** What a report counts of one group's obligations. */
export class ComplianceGroupDto implements ReportGroup {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The tenant, program, case manager, case, month (`YYYY-MM` of the due time) or rule; null when unknown',
  })
  readonly key!: string | null;
  @ApiProperty({ description: 'Obligations due in the period' })
  readonly obligations!: number;
  @ApiProperty({ description: 'The violated and the met late: each is fined' })
  readonly violations!: number;
  @ApiProperty({ description: 'Unmet past their due time, at the evaluation instant or when an event ended them' })
  readonly violated!: number;
  @ApiProperty({ description: 'Met after their due time' })
  readonly metLate!: number;
  @ApiProperty({ description: 'The fines of the violations, in cents (USD)' })
  readonly fineCents!: number;
  @ApiProperty({ description: 'Met on time' })
  readonly met!: number;
  @ApiProperty({ description: 'Unmet, not yet due' })
  readonly pending!: number;
  @ApiProperty({ description: 'Ended before their due time by an event that lifts them' })
  readonly cancelled!: number;
}

export class ComplianceTotalsDto extends OmitType(ComplianceGroupDto, ['key'] as const) {}

/** GET /audit/compliance in JSON. */
export class ComplianceReportDto extends CompliancePeriodDto implements ComplianceReport {
  @ApiProperty({ enum: REPORT_GROUPINGS })
  readonly groupBy!: ReportGrouping;
  @ApiProperty({ type: [ComplianceGroupDto], description: 'By key, unknown last' })
  readonly groups!: ComplianceGroupDto[];
  @ApiProperty({ type: ComplianceTotalsDto })
  readonly totals!: ComplianceTotalsDto;
}
