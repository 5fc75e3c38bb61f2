import type { DomainError } from '@casemgmt/kernel';
import { carePlanError } from '../shared/care-plan-error';

export type WorklistErrorCode = 'CARE_PLAN.TEAM_WORKLIST_FORBIDDEN';

export const WorklistErrors = {
  // A team's id is no secret of a case: naming another team is refused as such, not hidden as not found.
  teamWorklistForbidden: (teamId: string) =>
    carePlanError(
      'CARE_PLAN.TEAM_WORKLIST_FORBIDDEN',
      'forbidden',
      `A supervisor reads the worklist of their own team, not of team ${teamId}; admins and auditors read any team`,
      { teamId },
    ),
} satisfies Record<string, (...args: never[]) => DomainError & { code: WorklistErrorCode }>;
