import { ApiProperty } from '@nestjs/swagger';
import { ExportedEntryDto } from '../exported-entry.dto';

/** What a JSON tenant export opens with, before its entries. */
export interface TenantExportContentHead {
  readonly tenantId: string;
  readonly exportId: string;
  readonly upToSequence: number;
  readonly createdAt: string;
}

/** GET /audit/exports/{exportId}/content of an export asked for in JSON. */
export class TenantExportContentDto implements TenantExportContentHead {
  @ApiProperty()
  readonly tenantId!: string;
  @ApiProperty()
  readonly exportId!: string;
  @ApiProperty({ description: 'The last chain entry the export covers' })
  readonly upToSequence!: number;
  @ApiProperty({ format: 'date-time', description: 'When the export was asked for' })
  readonly createdAt!: string;
  @ApiProperty({ type: [ExportedEntryDto], description: 'Case by case, each case’s entries in chain order' })
  readonly entries!: ExportedEntryDto[];
}
