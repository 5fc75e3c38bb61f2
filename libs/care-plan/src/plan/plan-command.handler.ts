import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext, Role } from '@casemgmt/auth';
import type { CommandResult } from '@casemgmt/decider';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { calendarDateOf } from '@casemgmt/kernel';
import { InjectCarePlanCommandStore, InjectCarePlanSettings } from '../shared/care-plan-options';
import { commandOf, handleCaseCommand } from '../shared/case-command';
import { settingsOf, type CarePlanSettings } from '../shared/program-settings';
import { planDecider, type PlanCommand, type PlanEvent } from './plan.decider';

/** What the agency's configuration and the clock give a command, rather than its caller. */
type Supplied = 'caseId' | 'case' | 'today' | 'reviewIntervalDays';

/** A plan command's data as a route gives it: without the case as care plan knows it, the date or the settings. */
export type PlanInput<T extends PlanCommand['type']> = Omit<Extract<PlanCommand, { type: T }>['data'], Supplied>;

/**
 * Every plan command, on every route: the case as care plan knows it now, the agency's date and the program's review
 * interval added to what the route gives, then decided on `care-plan.plan-<case id>` ({@link handleCaseCommand}).
 */
@Injectable()
export class PlanCommandHandler {
  constructor(
    @InjectCarePlanCommandStore() private readonly store: EventStore,
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectCarePlanSettings() private readonly settings: CarePlanSettings,
  ) {}

  execute<T extends PlanCommand['type']>(
    type: T,
    caseId: string,
    input: PlanInput<T>,
    context: RequestContext,
    routeRoles: readonly Role[],
    expectedVersion?: number,
  ): Promise<CommandResult<PlanEvent>> {
    return handleCaseCommand(this.store, this.pool, planDecider, {
      aggregate: 'plan',
      caseId,
      context,
      routeRoles,
      ...(expectedVersion !== undefined ? { expectedVersion } : {}),
      command: (scope, metadata) =>
        commandOf<PlanCommand>(
          type,
          {
            ...input,
            caseId,
            case: scope,
            today: calendarDateOf(metadata.now, this.settings.timeZone),
            reviewIntervalDays: settingsOf(this.settings, scope?.program ?? '').reviewIntervalDays,
          },
          metadata,
        ),
    });
  }
}
