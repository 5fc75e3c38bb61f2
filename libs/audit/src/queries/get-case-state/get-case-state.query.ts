import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { intakeStreamId } from '@casemgmt/intake/published';
import { readStreamEntriesAsOf } from '../../chain/audit-entry';
import type { CanonicalEvent } from '../../chain/chain-hash';
import { auditError } from '../../shared/audit-error';
import type { ReplayBasis } from './get-case-state.request.dto';
import { replayStream, type ReplayDecider } from './replay-stream';

/** Injection token of the case decider the audit trail replays with (intake's own). */
export const CASE_REPLAY_DECIDER = Symbol('CASE_REPLAY_DECIDER');

export interface CaseStateAsOf {
  readonly caseId: string;
  readonly asOf: string;
  readonly basis: ReplayBasis;
  readonly version: number;
  readonly state: unknown;
  readonly eventsApplied: number;
}

/** A case as it stood at an instant, replayed from the audit copies of its stream with intake's `evolve`. */
@Injectable()
export class GetCaseStateQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @Inject(CASE_REPLAY_DECIDER) private readonly decider: ReplayDecider,
  ) {}

  async execute(tenantId: string, caseId: string, asOf: Date, basis: ReplayBasis): Promise<CaseStateAsOf> {
    const entries = await readStreamEntriesAsOf(this.pool, tenantId, intakeStreamId('case', caseId), asOf, basis);
    if (entries.length === 0) {
      throw auditError(
        'AUDIT.CASE_NOT_FOUND',
        'not_found',
        `Nothing about case ${caseId} was ${basis === 'occurred' ? 'dated' : 'recorded'} by ${asOf.toISOString()}`,
        { caseId, asOf: asOf.toISOString(), basis },
      );
    }
    let replayed;
    try {
      replayed = replayStream(
        this.decider,
        entries.map((entry) => entry.event as CanonicalEvent),
      );
    } catch (error) {
      throw auditError(
        'AUDIT.REPLAY_FAILED',
        'unprocessable',
        `Case ${caseId} could not be replayed: ${error instanceof Error ? error.message : String(error)}`,
        { caseId },
      );
    }
    return { caseId, asOf: asOf.toISOString(), basis, ...replayed };
  }
}
