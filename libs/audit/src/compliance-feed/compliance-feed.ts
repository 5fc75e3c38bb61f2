import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, EventStoreError, InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import type { Obligation } from '../compliance/obligation';
import type { ComplianceEvaluationListener } from '../compliance-read-model/compliance-evaluator';
import { ruleSetsOfTenant } from '../compliance-rules/stored-rule-sets';
import { complianceFeedStreamId } from './compliance-feed.contract';
import type { ComplianceFeedEvent } from './compliance-feed.events';
import { deadlineChanges, openDeadlinesOf, type OpenDeadline } from './deadline-changes';

/** Who appends the feed's events: the evaluator, on no one's request. */
const FEED_ACTOR = { id: 'compliance-evaluator', role: 'system' } as const;
// Another instance evaluating the same case at once: read again and decide again, a few times.
const ATTEMPTS = 5;
// Cases published at once, beside the evaluator's own work.
const CONCURRENCY = 4;

interface Job {
  readonly tenantId: string;
  readonly caseId: string;
  readonly obligations: readonly Obligation[];
  readonly settle: { readonly resolve: () => void; readonly reject: (error: unknown) => void };
}

/**
 * Publishes a case's compliance deadlines after each evaluation (ADR 0038): compares the obligations with what the
 * case's feed stream left open and appends the difference with optimistic concurrency, so the outbox relays it (or
 * the store's subscribers read it) like any service's events. Idempotent: an evaluation that changes nothing appends
 * nothing.
 *
 * The evaluator is told and goes on at once: cases wait in a queue, the latest evaluation of a case replacing one
 * not yet published, and a few are published at a time. A rebuild of a tenant (ten thousand cases) so never holds
 * back the evaluation of the next event, which keeps reports within a second of the chain. The promise answered
 * settles when the case is published (or replaced by a later evaluation) or its publication failed: the evaluator
 * then tells the feed of the case again within its lease (ADR 0036), so nothing missed waits for the case's next
 * event.
 */
@Injectable()
export class ComplianceFeed implements ComplianceEvaluationListener, BeforeApplicationShutdown {
  private readonly logger = new Logger('ComplianceFeed');
  private readonly waiting = new Map<string, Job>();
  private readonly publishing = new Set<string>();
  private drained: Promise<void> = Promise.resolve();
  private workers = 0;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @InjectDatabasePool() private readonly pool: Pool,
  ) {}

  onCaseEvaluated(tenantId: string, caseId: string, obligations: readonly Obligation[]): Promise<void> {
    const key = `${tenantId}/${caseId}`;
    return new Promise<void>((resolve, reject) => {
      // A later evaluation makes an earlier one not yet published moot.
      this.waiting.get(key)?.settle.resolve();
      this.waiting.set(key, { tenantId, caseId, obligations, settle: { resolve, reject } });
      while (this.workers < CONCURRENCY && this.workers < this.waiting.size) this.startWorker();
    });
  }

  /** Resolves once every case told so far is published (or its failure logged). */
  async idle(): Promise<void> {
    while (this.workers > 0) await this.drained;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.idle();
  }

  private startWorker(): void {
    this.workers++;
    const previous = this.drained;
    const work = (async () => {
      for (;;) {
        // The next case no other worker is publishing: two evaluations of one case are published in turn.
        const next = [...this.waiting].find(([key]) => !this.publishing.has(key));
        if (!next) break;
        const [key, job] = next;
        this.waiting.delete(key);
        this.publishing.add(key);
        try {
          await this.publish(job.tenantId, job.caseId, job.obligations);
          job.settle.resolve();
        } catch (error) {
          this.logger.error(`compliance deadlines of a case not published: ${(error as Error).message}`);
          job.settle.reject(error);
        } finally {
          this.publishing.delete(key);
        }
      }
    })().finally(() => {
      this.workers--;
    });
    this.drained = Promise.all([previous, work]).then(() => undefined);
  }

  /** Appends what changed in the case's deadlines; answers the events appended. */
  async publish(tenantId: string, caseId: string, obligations: readonly Obligation[]): Promise<ComplianceFeedEvent[]> {
    const ruleSets = await ruleSetsOfTenant(this.pool, tenantId);
    const streamId = complianceFeedStreamId(caseId);
    for (let attempt = 1; ; attempt++) {
      const { state, streamVersion, streamExists } = await this.store.aggregateStream<
        Map<string, OpenDeadline>,
        ComplianceFeedEvent
      >(streamId, {
        initialState: () => new Map(),
        evolve: (open, event) => openDeadlinesOf([event], open),
      });
      const changes = deadlineChanges(caseId, state, obligations, ruleSets);
      if (changes.length === 0) return [];
      const correlationId = randomUUID();
      try {
        await this.store.appendToStream<ComplianceFeedEvent>(
          streamId,
          changes.map((event) => ({ ...event, metadata: { tenantId, actor: FEED_ACTOR, correlationId, caseId } })),
          { expectedVersion: streamExists ? streamVersion : 'no_stream' },
        );
        return changes;
      } catch (error) {
        const conflict = error instanceof EventStoreError && error.code === 'EVENT_STORE.WRONG_EXPECTED_VERSION';
        if (!conflict || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}
