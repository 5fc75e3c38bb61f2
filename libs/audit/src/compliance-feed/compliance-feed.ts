import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
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

/**
 * Publishes a case's compliance deadlines after each evaluation (ADR 0038): compares the obligations with what the
 * case's feed stream left open and appends the difference with optimistic concurrency, so the outbox relays it (or
 * the store's subscribers read it) like any service's events. Idempotent: an evaluation that changes nothing appends
 * nothing. A failure is logged and heals at the case's next evaluation, which compares with the stream again.
 */
@Injectable()
export class ComplianceFeed implements ComplianceEvaluationListener {
  private readonly logger = new Logger('ComplianceFeed');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @InjectDatabasePool() private readonly pool: Pool,
  ) {}

  async onCaseEvaluated(tenantId: string, caseId: string, obligations: readonly Obligation[]): Promise<void> {
    try {
      await this.publish(tenantId, caseId, obligations);
    } catch (error) {
      this.logger.error(`compliance deadlines of a case not published: ${(error as Error).message}`);
    }
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
