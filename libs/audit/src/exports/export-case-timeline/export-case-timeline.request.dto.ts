import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../stream-export';

/** The format of a case's timeline export. */
export class ExportCaseTimelineRequestDto {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    default: 'json',
    description: '`json`, `csv`, or `fhir`: a FHIR R4 Bundle of AuditEvents (IHE BALP)',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  readonly format?: ExportFormat;
}
