import { ApiProperty } from '@nestjs/swagger';
import { PlanDto } from '../get-plans/plans-view.dto';
import type { PlanAwaitingDecision, TeamApprovals } from './get-team-approvals.query';

// `GET /care-plan/approvals` as the OpenAPI document describes it; each class implements its record's interface.

class PlanAwaitingDecisionDto implements PlanAwaitingDecision {
  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Who works the case now; null while unassigned' })
  readonly caseManagerId!: string | null;

  @ApiProperty({ description: 'Version of the case’s plans stream as read' })
  readonly streamVersion!: number;

  @ApiProperty({ type: PlanDto, description: 'The plan as submitted; measureProgress is null here' })
  readonly plan!: PlanDto;
}

export class TeamApprovalsDto implements TeamApprovals {
  @ApiProperty()
  readonly teamId!: string;

  @ApiProperty({ format: 'date-time' })
  readonly asOf!: string;

  @ApiProperty({ type: [PlanAwaitingDecisionDto], description: 'Oldest case first' })
  readonly items!: PlanAwaitingDecisionDto[];
}
