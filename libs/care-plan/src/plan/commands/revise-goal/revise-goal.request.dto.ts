import { GoalContentDto } from '../goal-content.dto';

/** The goal as it now reads: every field, as on adding it. */
export class ReviseGoalRequestDto extends GoalContentDto {}
