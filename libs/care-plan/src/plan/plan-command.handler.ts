import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext, Role } from '@casemgmt/auth';
import { commandMetadataFrom, handleCommand, type CommandResult } from '@casemgmt/decider';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { calendarDateOf } from '../shared/agency-calendar';
import { InjectCarePlanEventStore, InjectCarePlanSettings } from '../shared/care-plan-options';
import { carePlanStreamId } from '../shared/care-plan-streams';
import { caseScopeOf } from '../shared/case-scope';
import { settingsOf, type CarePlanSettings } from '../shared/program-settings';
import { planDecider, type PlanCommand, type PlanEvent } from './plan.decider';

/** What the agency's configuration and the clock give a command, rather than its caller. */
type Supplied = 'caseId' | 'case' | 'today' | 'reviewIntervalDays';

/** A plan command's data as a route gives it: without the case as care plan knows it, the date or the settings. */
export type PlanInput<T extends PlanCommand['type']> = Omit<Extract<PlanCommand, { type: T }>['data'], Supplied>;

/**
 * Every plan command, on every route: read the case as care plan knows it now (DESIGN §8: access is checked against
 * the case as it stands), add the agency's date and the program's review interval, then load, decide, append to
 * `care-plan.plan-<case id>`. The events carry the case and its client in their metadata: the client's key seals
 * `personal`, and the audit trail indexes by both.
 */
@Injectable()
export class PlanCommandHandler {
  constructor(
    @InjectCarePlanEventStore() private readonly store: EventStore,
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectCarePlanSettings() private readonly settings: CarePlanSettings,
  ) {}

  async execute<T extends PlanCommand['type']>(
    type: T,
    caseId: string,
    input: PlanInput<T>,
    context: RequestContext,
    routeRoles: readonly Role[],
    expectedVersion?: number,
  ): Promise<CommandResult<PlanEvent>> {
    const metadata = commandMetadataFrom(context, routeRoles);
    const scope = await caseScopeOf(this.pool, context.tenantId, caseId);
    const program = settingsOf(this.settings, scope?.program ?? '');
    const command = {
      type,
      data: {
        ...input,
        caseId,
        case: scope,
        today: calendarDateOf(metadata.now, this.settings.timeZone),
        reviewIntervalDays: program.reviewIntervalDays,
      },
      metadata,
    } as PlanCommand;
    return handleCommand(this.store, carePlanStreamId('plan', caseId), planDecider, command, expectedVersion, {
      caseId,
      ...(scope ? { clientId: scope.clientId } : {}),
    });
  }
}
