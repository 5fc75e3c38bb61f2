import { ApiProperty } from '@nestjs/swagger';
import { EXPORT_FORMATS, type ExportFormat } from './stream-export';
import type { ExportStatusName, TenantExport } from './tenant-exports';

const EXPORT_STATUSES: readonly ExportStatusName[] = ['ready', 'running', 'done', 'interrupted'];

export class TenantExportProgressDto {
  @ApiProperty({ description: 'Cases written so far' })
  readonly casesDone!: number;
  @ApiProperty({ description: 'Cases the export holds' })
  readonly casesTotal!: number;
  @ApiProperty({ description: 'Chain entries written so far' })
  readonly entriesDone!: number;
  @ApiProperty({ description: 'Chain entries the export holds' })
  readonly entriesTotal!: number;
}

/** An export of the tenant's case timelines: what was asked, how far its content has been written. */
export class TenantExportDto implements TenantExport {
  @ApiProperty()
  readonly id!: string;
  @ApiProperty({ enum: EXPORT_FORMATS })
  readonly format!: ExportFormat;
  @ApiProperty({
    enum: EXPORT_STATUSES,
    description:
      '`ready` until read; `running` while its content streams; `done` once written whole; `interrupted` if cut off',
  })
  readonly status!: ExportStatusName;
  @ApiProperty({ description: 'The last chain entry the export covers: reading it again writes the same file' })
  readonly upToSequence!: number;
  @ApiProperty({ type: TenantExportProgressDto })
  readonly progress!: TenantExportProgressDto;
  @ApiProperty({ description: 'Who asked for it' })
  readonly requestedBy!: string;
  @ApiProperty({ format: 'date-time' })
  readonly createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  readonly startedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  readonly finishedAt!: string | null;
}
