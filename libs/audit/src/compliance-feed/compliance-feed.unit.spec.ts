import type { Pool } from 'pg';
import type { EventStore } from '@casemgmt/event-store';
import type { Obligation } from '../compliance/obligation';
import { pendingObligation } from '../testing/pending-obligation';
import { ComplianceFeed } from './compliance-feed';

// The feed's promise to the evaluator: settled when the case is published, made moot by a later evaluation, or
// failed. The store is a stand-in that keeps appended events in memory and can be made to fail; the publication
// itself is covered against PostgreSQL by the platform's compliance spec.

const pending = (ruleId: string, dueAt: string): Obligation =>
  pendingObligation({ ruleId, arisenFrom: `event-${ruleId}`, dueAt: new Date(dueAt) });

function feedWith(options: { failures: number }) {
  const streams = new Map<string, { type: string; data: unknown }[]>();
  let failures = options.failures;
  const store = {
    aggregateStream: async (
      streamId: string,
      { initialState, evolve }: { initialState: () => unknown; evolve: (state: unknown, event: unknown) => unknown },
    ) => {
      const events = streams.get(streamId) ?? [];
      return {
        state: events.reduce((state, event) => evolve(state, event), initialState()),
        streamVersion: events.length,
        streamExists: events.length > 0,
      };
    },
    appendToStream: async (streamId: string, events: { type: string; data: unknown }[]) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('the store is down');
      }
      streams.set(streamId, [...(streams.get(streamId) ?? []), ...events]);
      return { nextExpectedStreamVersion: 0 };
    },
  } as unknown as EventStore;
  const pool = { query: async () => ({ rows: [] }) } as unknown as Pool;
  return { feed: new ComplianceFeed(store, pool), streams };
}

describe('ComplianceFeed, as the evaluator’s listener', () => {
  it('resolves once the case’s deadlines are appended', async () => {
    const { feed, streams } = feedWith({ failures: 0 });
    await feed.onCaseEvaluated('county-a', 'case-1', [pending('R1', '2026-12-15T00:00:00Z')]);
    expect([...streams.values()].flat().map((event) => event.type)).toEqual(['ComplianceDeadlineOpened']);
  });

  it('rejects when they could not be appended, so the evaluator tells it again', async () => {
    const { feed, streams } = feedWith({ failures: 1 });
    await expect(feed.onCaseEvaluated('county-a', 'case-1', [pending('R1', '2026-12-15T00:00:00Z')])).rejects.toThrow(
      'the store is down',
    );
    expect(streams.size).toBe(0);
    await feed.onCaseEvaluated('county-a', 'case-1', [pending('R1', '2026-12-15T00:00:00Z')]);
    expect(streams.size).toBe(1);
  });

  it('resolves an evaluation replaced before it was published, and publishes the latest', async () => {
    const { feed, streams } = feedWith({ failures: 0 });
    // Four workers take the first four cases; the fifth case's first evaluation waits and is replaced.
    const first = ['case-1', 'case-2', 'case-3', 'case-4'].map((caseId) =>
      feed.onCaseEvaluated('county-a', caseId, [pending('R1', '2026-12-15T00:00:00Z')]),
    );
    const replaced = feed.onCaseEvaluated('county-a', 'case-5', [pending('R1', '2026-12-15T00:00:00Z')]);
    const latest = feed.onCaseEvaluated('county-a', 'case-5', [pending('R2', '2026-12-31T00:00:00Z')]);
    await Promise.all([...first, replaced, latest]);
    const published = [...streams.entries()]
      .filter(([streamId]) => streamId.includes('case-5'))
      .flatMap(([, events]) => events);
    expect(published.map((event) => (event.data as { ruleId: string }).ruleId)).toEqual(['R2']);
  });
});
