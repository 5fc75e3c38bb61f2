import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { intakeStreamId } from '@casemgmt/intake/published';
import { readCaseCategoryEntriesAsOf, readStreamEntriesAsOf, type AuditEntry } from '../../chain/audit-entry';
import type { CanonicalEvent } from '../../chain/chain-hash';
import { auditError } from '../../shared/audit-error';
import type { ReplayBasis } from './get-case-state.request.dto';
import { replayStream, type ReplayDecider } from './replay-stream';

/** Injection token of the case decider the audit trail replays with (intake's own). */
export const CASE_REPLAY_DECIDER = Symbol('CASE_REPLAY_DECIDER');

/** Injection token of the other streams of a case the audit trail replays beside intake's case. */
export const CASE_STREAM_REPLAYS = Symbol('CASE_STREAM_REPLAYS');

/** Another service's stream of one case, replayed with that service's own `evolve` (its published surface). */
export interface CaseStreamReplay {
  /** The key of the replayed state in the answer, e.g. `carePlans`. */
  readonly name: string;
  readonly streamIdOf: (caseId: string) => string;
  readonly decider: ReplayDecider;
}

/**
 * Another service's streams of a case, one per aggregate (a case has many referrals), found by the case their
 * events name and replayed each with that service's own `evolve`.
 */
export interface CaseCategoryReplay {
  /** The key of the replayed streams in the answer, e.g. `referrals`. */
  readonly name: string;
  /** The stream category, e.g. `referral.referral`. */
  readonly category: string;
  readonly decider: ReplayDecider;
}

/** One stream replayed: its state, the version of its last event folded in, and how many were. */
export interface ReplayedStream {
  readonly version: number;
  readonly state: unknown;
  readonly eventsApplied: number;
}

/** One of a case's streams in a category, replayed, with its id. */
export interface ReplayedCaseStream extends ReplayedStream {
  readonly streamId: string;
}

export interface CaseStateAsOf {
  readonly caseId: string;
  readonly asOf: string;
  readonly basis: ReplayBasis;
  readonly version: number;
  readonly state: unknown;
  readonly eventsApplied: number;
  /**
   * The case's streams in other services: one stream each (care plans, casework), null when it had no event by
   * then; or a list of streams (referrals, in the order they were first recorded), empty when there was none.
   */
  readonly related: Readonly<Record<string, ReplayedStream | readonly ReplayedCaseStream[] | null>>;
}

/** A case as it stood at an instant, replayed from the audit copies of its stream with intake's `evolve`. */
@Injectable()
export class GetCaseStateQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @Inject(CASE_REPLAY_DECIDER) private readonly decider: ReplayDecider,
    @Inject(CASE_STREAM_REPLAYS) private readonly replays: readonly (CaseStreamReplay | CaseCategoryReplay)[],
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
    const replayed = this.replay(caseId, this.decider, entries);
    const related: Record<string, ReplayedStream | readonly ReplayedCaseStream[] | null> = {};
    for (const replay of this.replays) {
      if ('category' in replay) {
        const caseEntries = await readCaseCategoryEntriesAsOf(
          this.pool,
          tenantId,
          caseId,
          replay.category,
          asOf,
          basis,
        );
        related[replay.name] = [...byStream(caseEntries)].map(([streamId, streamEntries]) => ({
          streamId,
          ...this.replay(caseId, replay.decider, streamEntries),
        }));
        continue;
      }
      const streamEntries = await readStreamEntriesAsOf(this.pool, tenantId, replay.streamIdOf(caseId), asOf, basis);
      related[replay.name] = streamEntries.length === 0 ? null : this.replay(caseId, replay.decider, streamEntries);
    }
    return { caseId, asOf: asOf.toISOString(), basis, ...replayed, related };
  }

  private replay(
    caseId: string,
    decider: ReplayDecider,
    entries: readonly { readonly event: unknown }[],
  ): ReplayedStream {
    try {
      return replayStream(
        decider,
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
  }
}

// Entries in chain order, grouped by stream (streams in the order first recorded), each in stream order.
function byStream(entries: readonly AuditEntry[]): Map<string, AuditEntry[]> {
  const streams = new Map<string, AuditEntry[]>();
  for (const entry of entries) {
    const stream = streams.get(entry.streamId);
    if (stream) stream.push(entry);
    else streams.set(entry.streamId, [entry]);
  }
  for (const stream of streams.values()) {
    stream.sort((a, b) => a.streamVersion - b.streamVersion || a.sequence - b.sequence);
  }
  return streams;
}
