import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { COMPLIANCE_CLOCKS, type ComplianceClockKind } from '../compliance-report/compliance-clock';

/** Which clock a case's obligations are judged on, and the format. */
export class CaseComplianceRequestDto {
  @ApiPropertyOptional({
    enum: COMPLIANCE_CLOCKS,
    default: 'occurred',
    description: '`occurred`: as things happened (now); `known`: as recorded by `knownOn`, judged at `knownOn`',
  })
  @IsOptional()
  @IsIn(COMPLIANCE_CLOCKS)
  readonly clock?: ComplianceClockKind;

  @ApiPropertyOptional({ description: 'For clock=known: a date (its end) or an instant with its offset' })
  @IsOptional()
  @MaxLength(40)
  readonly knownOn?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  readonly format?: 'json' | 'csv';
}
