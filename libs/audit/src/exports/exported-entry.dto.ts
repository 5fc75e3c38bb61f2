import { ApiProperty } from '@nestjs/swagger';
import { TimelineEntryDto } from '../queries/get-case-timeline/case-timeline.dto';
import type { ExportedEntry } from './exported-entry';

/** A timeline entry as the JSON exports write it: with its case, its service and the chain hash that seals it. */
export class ExportedEntryDto extends TimelineEntryDto implements ExportedEntry {
  @ApiProperty()
  readonly caseId!: string;
  @ApiProperty({ description: 'The service that recorded it' })
  readonly service!: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'The entry’s hash in the tenant’s chain' })
  readonly hash!: string;
}
