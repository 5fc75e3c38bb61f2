import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { intakeStreamId } from '@casemgmt/intake/published';
import { DomainError, validationFailed } from '@casemgmt/kernel';
import { readCaseEntries } from '../../chain/audit-entry';
import { auditError } from '../../shared/audit-error';
import { GetCaseStateQuery, type CaseStateAsOf } from '../get-case-state/get-case-state.query';
import type { ReplayBasis } from '../get-case-state/get-case-state.request.dto';
import { toTimelineEntry, type TimelineEntry } from '../get-case-timeline/get-case-timeline.query';
import { diffStates, type StateChange } from './state-diff';

/** A case replayed at one moment, without the moment itself (the answer names it once). */
export type ReplayedCase = Pick<CaseStateAsOf, 'version' | 'eventsApplied' | 'state' | 'related'>;

export interface CaseChanges {
  readonly caseId: string;
  readonly from: string;
  readonly to: string;
  readonly clock: ReplayBasis;
  /** The case at `from`; null when nothing about it had been recorded (or had happened) by then. */
  readonly before: ReplayedCase | null;
  readonly after: ReplayedCase | null;
  /** What differs between `before` and `after` (state and related streams), by JSON Pointer. */
  readonly differences: readonly StateChange[];
  /** The changes in between (after `from`, up to `to` on the clock): what, who, when it occurred and was recorded. */
  readonly entries: readonly TimelineEntry[];
}

/**
 * What changed in a case between two moments: the case replayed at both with its services' own `evolve` (the
 * replay GET /audit/cases/{id}/state answers), their structural difference, and the changes recorded in between.
 */
@Injectable()
export class GetCaseChangesQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    private readonly states: GetCaseStateQuery,
  ) {}

  async execute(tenantId: string, caseId: string, from: Date, to: Date, clock: ReplayBasis): Promise<CaseChanges> {
    if (from.getTime() > to.getTime()) {
      throw validationFailed([{ field: 'from', reasons: ['must not be after to'] }]);
    }
    const all = await readCaseEntries(this.pool, tenantId, caseId, intakeStreamId('case', caseId));
    if (all.length === 0) {
      throw auditError('AUDIT.CASE_NOT_FOUND', 'not_found', `Nothing was recorded about case ${caseId}`, { caseId });
    }
    const before = await this.replayedAt(tenantId, caseId, from, clock);
    const after = await this.replayedAt(tenantId, caseId, to, clock);
    const at = (entry: (typeof all)[number]) => (clock === 'occurred' ? entry.occurredAt : entry.recordedAt).getTime();
    const entries = all
      .filter((entry) => at(entry) > from.getTime() && at(entry) <= to.getTime())
      .map(toTimelineEntry)
      .filter((entry) => entry.kind === 'change');
    return {
      caseId,
      from: from.toISOString(),
      to: to.toISOString(),
      clock,
      before,
      after,
      differences: diffStates(comparable(before), comparable(after)),
      entries,
    };
  }

  private async replayedAt(
    tenantId: string,
    caseId: string,
    at: Date,
    clock: ReplayBasis,
  ): Promise<ReplayedCase | null> {
    try {
      const { version, eventsApplied, state, related } = await this.states.execute(tenantId, caseId, at, clock);
      return { version, eventsApplied, state, related };
    } catch (error) {
      // Not yet opened at that moment: the case is absent on that side, and everything it has is added.
      if (error instanceof DomainError && error.code === 'AUDIT.CASE_NOT_FOUND') return null;
      throw error;
    }
  }
}

// The parts compared: the case's state and its related streams (versions and counts differ with every change).
function comparable(replayed: ReplayedCase | null): Readonly<Record<string, unknown>> {
  return replayed ? { state: replayed.state, related: replayed.related } : {};
}
