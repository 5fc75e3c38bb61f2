import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../stream-export';

/** The format of a tenant-wide export. */
export class CreateTenantExportRequestDto {
  @ApiProperty({
    enum: EXPORT_FORMATS,
    description: '`json`, `csv`, or `fhir`: a FHIR R4 Bundle of AuditEvents (IHE BALP)',
  })
  @IsIn(EXPORT_FORMATS)
  readonly format!: ExportFormat;
}
