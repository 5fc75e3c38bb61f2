import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../../exports/stream-export';
import { ComplianceReportRequestDto } from '../compliance-report/compliance-report.request.dto';

/** An export of obligations: the report's period, clock and filters, one line (or resource) per obligation. */
export class ExportObligationsRequestDto extends OmitType(ComplianceReportRequestDto, ['groupBy', 'format']) {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  readonly format?: ExportFormat;
}
