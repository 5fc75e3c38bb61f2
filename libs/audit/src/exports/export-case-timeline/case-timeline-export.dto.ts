import { ApiProperty } from '@nestjs/swagger';
import { ExportedEntryDto } from '../exported-entry.dto';

/** What a JSON export of a case's timeline opens with, before its entries. */
export interface CaseTimelineExportHead {
  readonly caseId: string;
  readonly exportedAt: string;
}

/** GET /audit/cases/{caseId}/export in JSON. */
export class CaseTimelineExportDto implements CaseTimelineExportHead {
  @ApiProperty()
  readonly caseId!: string;
  @ApiProperty({ format: 'date-time' })
  readonly exportedAt!: string;
  @ApiProperty({ type: [ExportedEntryDto], description: 'In chain order, each with its chain hash' })
  readonly entries!: ExportedEntryDto[];
}
