import { ApiProperty } from '@nestjs/swagger';
import type { NeedCode } from '../../../screening/screening.types';
import {
  CASE_PRIORITIES,
  NEED_CODES,
  WORKING_STATUSES,
  type CasePriority,
  type WorkingStatus,
} from '../../case.events';
import type { CaseloadCase, CaseloadCounts } from '../caseload-views';
import type { TeamCaseloads, WorkerCaseload } from './get-team-caseloads.query';

// `GET /intake/caseloads` as the OpenAPI document describes it, so clients (the console) get generated types. Each
// class implements its record's interface: a field added to one and not the other fails the build.

export class CountsByStatusDto implements Record<WorkingStatus, number> {
  @ApiProperty()
  readonly opened!: number;

  @ApiProperty()
  readonly assessment!: number;

  @ApiProperty()
  readonly planning!: number;

  @ApiProperty()
  readonly services!: number;
}

export class CountsByPriorityDto implements Record<CasePriority, number> {
  @ApiProperty()
  readonly emergency!: number;

  @ApiProperty()
  readonly urgent!: number;

  @ApiProperty()
  readonly routine!: number;
}

/** What a caseload counts of its open cases, a case manager's in a team or the caller's own. */
export class CaseloadCountsDto implements CaseloadCounts {
  @ApiProperty({ description: 'Open cases assigned to the case manager (in this team, for a team’s caseloads)' })
  readonly openCases!: number;

  @ApiProperty({ type: CountsByStatusDto })
  readonly byStatus!: CountsByStatusDto;

  @ApiProperty({ type: CountsByPriorityDto })
  readonly byPriority!: CountsByPriorityDto;

  @ApiProperty()
  readonly openSafetyFlags!: number;
}

class WorkerCaseloadDto extends CaseloadCountsDto implements WorkerCaseload {
  @ApiProperty()
  readonly caseManagerId!: string;

  @ApiProperty({ description: 'True when openCases has reached the caseload limit' })
  readonly atLimit!: boolean;
}

export class CaseloadCaseDto implements CaseloadCase {
  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiProperty({ format: 'uuid' })
  readonly clientId!: string;

  @ApiProperty()
  readonly programId!: string;

  @ApiProperty({ enum: CASE_PRIORITIES })
  readonly priority!: CasePriority;

  @ApiProperty({ enum: WORKING_STATUSES })
  readonly status!: WorkingStatus;

  @ApiProperty()
  readonly teamId!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly caseManagerId!: string | null;

  @ApiProperty({ format: 'date-time' })
  readonly openedAt!: string;

  @ApiProperty({ format: 'date-time' })
  readonly lastEventAt!: string;

  @ApiProperty()
  readonly safetyFlagOpen!: boolean;

  @ApiProperty({ enum: NEED_CODES, isArray: true })
  readonly needs!: NeedCode[];
}

export class TeamCaseloadsDto implements TeamCaseloads {
  @ApiProperty()
  readonly teamId!: string;

  @ApiProperty({ description: 'Open cases a case manager may hold' })
  readonly caseloadLimit!: number;

  @ApiProperty({ type: [WorkerCaseloadDto], description: 'Busiest first' })
  readonly workers!: WorkerCaseloadDto[];

  @ApiProperty({
    type: [CaseloadCaseDto],
    description: 'The team’s open cases nobody is assigned to, most urgent first',
  })
  readonly unassigned!: CaseloadCaseDto[];
}
