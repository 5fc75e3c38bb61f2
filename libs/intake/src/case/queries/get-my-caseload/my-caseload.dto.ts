import { ApiProperty } from '@nestjs/swagger';
import { CaseloadCaseDto, CaseloadCountsDto } from '../get-team-caseloads/team-caseloads.dto';
import type { MyCaseload } from './get-my-caseload.query';

/** `GET /intake/caseloads/me` as the OpenAPI document describes it, so clients (the console) get generated types. */
export class MyCaseloadDto extends CaseloadCountsDto implements MyCaseload {
  @ApiProperty()
  readonly caseManagerId!: string;

  @ApiProperty({ description: 'Open cases a case manager may hold' })
  readonly caseloadLimit!: number;

  @ApiProperty({ type: [CaseloadCaseDto], description: 'Open cases, most urgent first, then oldest first' })
  readonly cases!: CaseloadCaseDto[];
}
