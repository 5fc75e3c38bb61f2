import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { COMPLIANCE_CLOCKS, type ComplianceClockKind } from './compliance-clock';
import { REPORT_GROUPINGS, type ReportGrouping } from './report-tally';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[^\s/?#]+$/;

/** A compliance report: the period of due dates, the clock, the grouping, the filters and the format. */
export class ComplianceReportRequestDto {
  @ApiProperty({ format: 'date', description: 'Obligations due from the start of this date (agency’s calendar)' })
  @Matches(DATE, { message: 'from must be a date written YYYY-MM-DD' })
  readonly from!: string;

  @ApiProperty({ format: 'date', description: 'Obligations due up to the end of this date (agency’s calendar)' })
  @Matches(DATE, { message: 'to must be a date written YYYY-MM-DD' })
  readonly to!: string;

  @ApiPropertyOptional({
    enum: COMPLIANCE_CLOCKS,
    default: 'occurred',
    description:
      '`occurred`: as things happened, back-dated records included (the read model, now). `known`: what had been ' +
      'recorded by `knownOn`, judged at `knownOn`.',
  })
  @IsOptional()
  @IsIn(COMPLIANCE_CLOCKS)
  readonly clock?: ComplianceClockKind;

  @ApiPropertyOptional({ description: 'For clock=known: a date (its end) or an instant with its offset' })
  @IsOptional()
  @MaxLength(40)
  readonly knownOn?: string;

  @ApiPropertyOptional({ enum: REPORT_GROUPINGS, default: 'tenant' })
  @IsOptional()
  @IsIn(REPORT_GROUPINGS)
  readonly groupBy?: ReportGrouping;

  @ApiPropertyOptional({ description: 'Only cases of this program' })
  @IsOptional()
  @MaxLength(100)
  @Matches(ID, { message: 'program must be an id' })
  readonly program?: string;

  @ApiPropertyOptional({
    description: 'Only cases this team holds (a supervisor reads their own team’s, whether or not it is named)',
  })
  @IsOptional()
  @MaxLength(100)
  @Matches(ID, { message: 'team must be an id' })
  readonly team?: string;

  @ApiPropertyOptional({ description: 'Only cases of this case manager (their worker id)' })
  @IsOptional()
  @MaxLength(100)
  @Matches(ID, { message: 'worker must be an id' })
  readonly worker?: string;

  @ApiPropertyOptional({ description: 'Only this case' })
  @IsOptional()
  @MaxLength(100)
  @Matches(ID, { message: 'caseId must be an id' })
  readonly caseId?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  readonly format?: 'json' | 'csv';
}
