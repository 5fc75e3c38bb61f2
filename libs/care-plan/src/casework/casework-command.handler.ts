import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext, Role } from '@casemgmt/auth';
import { loadAggregate, type CommandResult } from '@casemgmt/decider';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { planDecider } from '../plan/plan.decider';
import { InjectCarePlanCommandStore, InjectCarePlanSettings } from '../shared/care-plan-options';
import { carePlanStreamId } from '../shared/care-plan-streams';
import { commandOf, handleCaseCommand } from '../shared/case-command';
import { settingsOf, type CarePlanSettings } from '../shared/program-settings';
import { caseworkDecider, type CaseworkCommand, type CaseworkEvent } from './casework.decider';

/** What the agency's configuration and the case's plans give a command, rather than its caller. */
type Supplied = 'caseId' | 'case' | 'timeZone' | 'followUpBusinessDays' | 'holidays' | 'knownGoalIds';

/** A casework command's data as a route gives it. */
export type CaseworkInput<T extends CaseworkCommand['type']> = Omit<
  Extract<CaseworkCommand, { type: T }>['data'],
  Supplied
>;

/**
 * Every casework command: the case as care plan knows it now, the agency's calendar (time zone, holidays, the
 * program's business days to follow a missed appointment up) and, for a contact, the goals
 * of the case's plans it may address, added to what the route gives; decided on `care-plan.casework-<case id>`.
 */
@Injectable()
export class CaseworkCommandHandler {
  constructor(
    @InjectCarePlanCommandStore() private readonly store: EventStore,
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectCarePlanSettings() private readonly settings: CarePlanSettings,
  ) {}

  execute<T extends CaseworkCommand['type']>(
    type: T,
    caseId: string,
    input: CaseworkInput<T>,
    context: RequestContext,
    routeRoles: readonly Role[],
    expectedVersion?: number,
  ): Promise<CommandResult<CaseworkEvent>> {
    return handleCaseCommand(this.store, this.pool, caseworkDecider, {
      aggregate: 'casework',
      caseId,
      context,
      routeRoles,
      ...(expectedVersion !== undefined ? { expectedVersion } : {}),
      command: async (scope, metadata) =>
        commandOf<CaseworkCommand>(
          type,
          {
            ...input,
            caseId,
            case: scope,
            timeZone: this.settings.timeZone,
            holidays: this.settings.holidays ?? [],
            ...(scope
              ? { followUpBusinessDays: settingsOf(this.settings, scope.program).missedAppointmentFollowUpBusinessDays }
              : {}),
            // Only a contact that names goals needs the plans read: the other commands leave the list unread.
            knownGoalIds: scope && namesGoals(input) ? await this.goalIdsOf(context, caseId) : [],
          },
          metadata,
        ),
    });
  }

  /** The goals of every plan of the case: what a contact may say it addressed. */
  private async goalIdsOf(context: RequestContext, caseId: string): Promise<string[]> {
    const { state } = await loadAggregate(this.store, carePlanStreamId('plan', caseId), planDecider, context.tenantId);
    return state.plans.flatMap((plan) => plan.goals.map((goal) => goal.goalId));
  }
}

/** Does the command's input name goals a contact addressed? */
function namesGoals(input: object): boolean {
  const goals = (input as { readonly goalsAddressed?: unknown }).goalsAddressed;
  return Array.isArray(goals) && goals.length > 0;
}
