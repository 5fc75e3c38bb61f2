import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { isEventStoreError } from '../event-store.errors';
import type {
  AppendHooks,
  EventMetadata,
  EventStore,
  LogPosition,
  NewEvent,
  RecordedEvent,
  Subscription,
  Upcasters,
} from '../event-store.port';
import { compareLogPositions } from '../log-position';

export interface ConformanceStoreOptions {
  readonly upcasters?: Upcasters;
  readonly hooks?: AppendHooks;
}

/** Opens a store of the adapter under test; the suite closes each store it opens. */
export type ConformanceStoreFactory = (options: ConformanceStoreOptions) => Promise<EventStore>;

export interface ConformanceSuiteOptions {
  /** Register the cases but skip them (the caller prints why). */
  readonly skip?: boolean;
}

const TENANT = 'tenant-a';

function metadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    tenantId: TENANT,
    actor: { id: 'worker-17', role: 'case_manager' },
    correlationId: `corr-${randomBytes(4).toString('hex')}`,
    ...overrides,
  };
}

function event(type: string, data: Record<string, unknown> = {}, extra: Partial<NewEvent> = {}): NewEvent {
  return { type, data, metadata: metadata(), ...extra };
}

function uniqueCategory(prefix: string): string {
  return `${prefix}${randomBytes(5).toString('hex')}.case`;
}

function streamOf(category: string, suffix: string = randomBytes(6).toString('hex')): string {
  return `${category}-${suffix}`;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

/**
 * Reads batches until `enough` says so. An empty batch means "nothing ready yet", not "the end": an older
 * transaction still running holds newer events back until it finishes.
 */
async function readAllUntil(
  store: EventStore,
  options: { after?: LogPosition; categories?: readonly string[]; batchSize: number },
  enough: (events: readonly RecordedEvent[]) => boolean,
  timeoutMs = 10_000,
): Promise<{ events: RecordedEvent[]; batchesWithEvents: number }> {
  const events: RecordedEvent[] = [];
  let batchesWithEvents = 0;
  let after = options.after;
  const deadline = Date.now() + timeoutMs;
  while (!enough(events) && Date.now() < deadline) {
    const batch = await store.readAll({ ...options, ...(after ? { after } : {}) });
    events.push(...batch.events);
    if (batch.events.length > 0) batchesWithEvents += 1;
    after = batch.checkpoint;
    if (batch.events.length === 0) await sleep(10);
  }
  return { events, batchesWithEvents };
}

function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

/** Streams whose versions did not arrive as 1, 2, 3, ... in delivery order. */
function streamsOutOfOrder(events: readonly RecordedEvent[]): string[] {
  const last = new Map<string, number>();
  const broken = new Set<string>();
  for (const e of events) {
    if (e.streamVersion !== (last.get(e.streamId) ?? 0) + 1) broken.add(e.streamId);
    last.set(e.streamId, e.streamVersion);
  }
  return [...broken];
}

/**
 * The event store contract. Every adapter runs these same cases: PostgreSQL always, EventStoreDB whenever a server
 * is given. Stream ids and categories are random per case, so a store may be shared with other suites.
 */
export function describeEventStoreConformance(
  adapterName: string,
  createStore: ConformanceStoreFactory,
  suiteOptions: ConformanceSuiteOptions = {},
): void {
  const describeSuite = suiteOptions.skip ? describe.skip : describe;

  describeSuite(`event store conformance: ${adapterName}`, () => {
    const opened: EventStore[] = [];
    const subscriptions: Subscription[] = [];

    async function open(options: ConformanceStoreOptions = {}): Promise<EventStore> {
      const store = await createStore(options);
      opened.push(store);
      return store;
    }

    afterEach(async () => {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    describe('expected versions', () => {
      it('appends to a new stream when no stream is expected, and refuses once the stream exists', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('ev'));
        const result = await store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'no_stream' });
        expect(result.streamVersion).toBe(1);

        await expect(
          store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'no_stream' }),
        ).rejects.toMatchObject({
          code: 'EVENT_STORE.WRONG_EXPECTED_VERSION',
          kind: 'conflict',
          details: { streamId, expectedVersion: 'no_stream', actualVersion: 1 },
        });
      });

      it('appends at the exact version and refuses any other, carrying the expected and actual versions', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('ev'));
        await store.appendToStream(streamId, [event('CaseOpened'), event('CaseAssigned')], { expectedVersion: 0 });
        const result = await store.appendToStream(streamId, [event('CaseNoteAdded')], { expectedVersion: 2 });
        expect(result.streamVersion).toBe(3);

        for (const stale of [0, 1, 2, 7]) {
          const error = await store
            .appendToStream(streamId, [event('CaseNoteAdded')], { expectedVersion: stale })
            .catch((caught: unknown) => caught);
          expect(isEventStoreError(error, 'EVENT_STORE.WRONG_EXPECTED_VERSION')).toBe(true);
          expect(error).toMatchObject({ kind: 'conflict', details: { expectedVersion: stale, actualVersion: 3 } });
        }
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual([
          'CaseOpened',
          'CaseAssigned',
          'CaseNoteAdded',
        ]);
      });

      it('requires an existing stream when stream_exists is expected', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('ev'));
        await expect(
          store.appendToStream(streamId, [event('CaseNoteAdded')], { expectedVersion: 'stream_exists' }),
        ).rejects.toMatchObject({
          code: 'EVENT_STORE.WRONG_EXPECTED_VERSION',
          details: { expectedVersion: 'stream_exists', actualVersion: 0 },
        });
        await store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'no_stream' });
        const result = await store.appendToStream(streamId, [event('CaseNoteAdded')], {
          expectedVersion: 'stream_exists',
        });
        expect(result.streamVersion).toBe(2);
      });

      it('appends whatever the version when any is expected', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('ev'));
        expect(
          (await store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'any' })).streamVersion,
        ).toBe(1);
        expect(
          (
            await store.appendToStream(streamId, [event('CaseNoteAdded'), event('CaseNoteAdded')], {
              expectedVersion: 'any',
            })
          ).streamVersion,
        ).toBe(3);
      });
    });

    describe('concurrent appenders', () => {
      it('lets exactly one of eight concurrent appenders win each version; the others get the concurrency error', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('race'));
        const winners: string[] = [];
        for (let version = 0; version < 15; version += 1) {
          const candidates = Array.from({ length: 8 }, (_, writer) => event('CaseNoteAdded', { writer, version }));
          const outcomes = await Promise.allSettled(
            candidates.map((candidate) => store.appendToStream(streamId, [candidate], { expectedVersion: version })),
          );
          const won = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
          expect(won).toHaveLength(1);
          for (const outcome of outcomes) {
            if (outcome.status === 'rejected') {
              expect(outcome.reason).toMatchObject({
                code: 'EVENT_STORE.WRONG_EXPECTED_VERSION',
                details: { streamId, expectedVersion: version, actualVersion: version + 1 },
              });
            }
          }
          winners.push(JSON.stringify(candidates[won[0] ?? -1]?.data));
        }
        const stored = await store.readStream(streamId);
        expect(stored.map((e) => e.streamVersion)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
        expect(stored.map((e) => JSON.stringify(e.data))).toEqual(winners);
      });

      it('loses and doubles nothing when eight appenders retry on conflict until each has appended 25 events', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('race'));
        let conflicts = 0;
        const appendedIds: string[] = [];
        await Promise.all(
          Array.from({ length: 8 }, async (_, writer) => {
            for (let n = 0; n < 25; n += 1) {
              const eventId = randomUUID();
              for (;;) {
                const current = await store
                  .aggregateStream(streamId, { initialState: () => 0, evolve: (count) => count + 1 })
                  .then((result) => result.streamVersion);
                try {
                  await store.appendToStream(streamId, [event('CaseNoteAdded', { writer, n }, { eventId })], {
                    expectedVersion: current,
                  });
                  appendedIds.push(eventId);
                  break;
                } catch (error) {
                  if (!isEventStoreError(error, 'EVENT_STORE.WRONG_EXPECTED_VERSION')) throw error;
                  conflicts += 1;
                }
              }
            }
          }),
        );
        const stored = await store.readStream(streamId);
        expect(stored).toHaveLength(200);
        expect(stored.map((e) => e.streamVersion)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
        expect(new Set(stored.map((e) => e.eventId))).toEqual(new Set(appendedIds));
        expect(conflicts).toBeGreaterThan(0);
      });
    });

    describe('idempotency and atomicity', () => {
      it('answers a retried append with the original result and stores nothing twice', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('idem'));
        await store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'no_stream' });
        const batch = [
          event('CaseAssigned', {}, { eventId: randomUUID() }),
          event('CaseNoteAdded', {}, { eventId: randomUUID() }),
        ];
        const first = await store.appendToStream(streamId, batch, { expectedVersion: 1 });
        const retried = await store.appendToStream(streamId, batch, { expectedVersion: 1 });
        expect(retried.streamVersion).toBe(first.streamVersion);
        expect(retried.streamVersion).toBe(3);
        expect((await store.readStream(streamId)).map((e) => e.eventId)).toHaveLength(3);
      });

      it('stores none of a batch whose append is aborted before it commits', async () => {
        const doomed = new Set<string>();
        const store = await open({
          hooks: {
            beforeCommit: async ({ eventIds }) => {
              if (eventIds.some((id) => doomed.has(id))) throw new Error('aborted by the test');
            },
          },
        });
        const streamId = streamOf(uniqueCategory('atomic'));
        await store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'no_stream' });
        const poisoned = randomUUID();
        doomed.add(poisoned);
        await expect(
          store.appendToStream(
            streamId,
            [event('CaseAssigned'), event('CaseNoteAdded'), event('CaseNoteAdded', {}, { eventId: poisoned })],
            { expectedVersion: 1 },
          ),
        ).rejects.toThrow('aborted by the test');

        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['CaseOpened']);
        const next = await store.appendToStream(streamId, [event('CaseClosed')], { expectedVersion: 1 });
        expect(next.streamVersion).toBe(2);
      });

      it('stores none of a batch that fails the version check', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('atomic'));
        await store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'no_stream' });
        await expect(
          store.appendToStream(streamId, [event('CaseAssigned'), event('CaseClosed')], { expectedVersion: 0 }),
        ).rejects.toMatchObject({ code: 'EVENT_STORE.WRONG_EXPECTED_VERSION' });
        expect(await store.readStream(streamId)).toHaveLength(1);
      });

      it('keeps a stream to the tenant that created it', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('tenant'));
        await store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'no_stream' });
        await expect(
          store.appendToStream(
            streamId,
            [{ ...event('CaseNoteAdded'), metadata: metadata({ tenantId: 'tenant-b' }) }],
            {
              expectedVersion: 1,
            },
          ),
        ).rejects.toMatchObject({ code: 'EVENT_STORE.TENANT_MISMATCH', kind: 'conflict', details: { streamId } });
        expect(await store.readStream(streamId)).toHaveLength(1);
      });

      it("tells another tenant neither the stream's tenant nor its version", async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('tenant'));
        await store.appendToStream(streamId, [event('CaseOpened'), event('CaseAssigned')], {
          expectedVersion: 'no_stream',
        });
        const foreign = [{ ...event('CaseNoteAdded'), metadata: metadata({ tenantId: 'tenant-b' }) }];
        for (const expectedVersion of ['no_stream', 0, 1, 5] as const) {
          const refusal = await store.appendToStream(streamId, foreign, { expectedVersion }).catch((e: unknown) => e);
          expect(refusal).toMatchObject({ code: 'EVENT_STORE.TENANT_MISMATCH', details: { streamId } });
          const told = JSON.stringify({ ...(refusal as object), message: (refusal as Error).message });
          expect(told).not.toContain(TENANT);
          expect(told).not.toMatch(/version 2|"actualVersion"/);
        }
      });

      it('refuses an empty append and events without a tenant as invalid', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('invalid'));
        await expect(store.appendToStream(streamId, [], { expectedVersion: 'any' })).rejects.toMatchObject({
          code: 'EVENT_STORE.INVALID_APPEND',
          kind: 'invalid',
        });
        await expect(
          store.appendToStream(streamId, [{ ...event('CaseOpened'), metadata: metadata({ tenantId: '' }) }], {
            expectedVersion: 'any',
          }),
        ).rejects.toMatchObject({ code: 'EVENT_STORE.INVALID_APPEND' });
      });
    });

    describe('reading streams', () => {
      it('reads a stream forwards with the whole envelope', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('read'), `0190f3${randomBytes(4).toString('hex')}`);
        const fullMetadata: EventMetadata = {
          tenantId: TENANT,
          actor: { id: 'worker-17', role: 'case_manager', onBehalfOf: 'supervisor-2' },
          correlationId: 'corr-1',
          causationId: 'cmd-1',
          caseId: 'case-1',
          clientId: 'client-1',
          reason: 'wrong date of first contact',
          traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
        };
        const occurredAt = new Date('2026-03-02T09:30:00.000Z');
        const before = Date.now();
        await store.appendToStream(
          streamId,
          [
            {
              type: 'CaseOpened',
              data: { priority: 'urgent', needs: ['housing'] },
              metadata: fullMetadata,
              occurredAt,
            },
            { type: 'CaseAssigned', data: { to: 'worker-17' }, metadata: fullMetadata },
          ],
          { expectedVersion: 'no_stream' },
        );
        const [opened, assigned] = await store.readStream(streamId);

        expect(opened).toMatchObject({
          type: 'CaseOpened',
          streamId,
          streamVersion: 1,
          occurredAt,
          data: { priority: 'urgent', needs: ['housing'] },
          metadata: fullMetadata,
        });
        expect(opened?.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(typeof opened?.globalPosition).toBe('bigint');
        expect(Math.abs((opened?.recordedAt.getTime() ?? 0) - before)).toBeLessThan(60_000);
        expect(assigned).toMatchObject({ type: 'CaseAssigned', streamVersion: 2 });
        expect(compareLogPositions(present(opened).logPosition, present(assigned).logPosition)).toBeLessThan(0);
      });

      it('reads a stream up to a version and from a version', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('read'));
        await store.appendToStream(
          streamId,
          Array.from({ length: 6 }, (_, n) => event('CaseNoteAdded', { n })),
          { expectedVersion: 'no_stream' },
        );
        expect((await store.readStream(streamId, { toVersion: 3 })).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
        expect((await store.readStream(streamId, { fromVersion: 4 })).map((e) => e.streamVersion)).toEqual([4, 5, 6]);
        expect((await store.readStream(streamId, { fromVersion: 2, toVersion: 3 })).map((e) => e.data)).toEqual([
          { n: 1 },
          { n: 2 },
        ]);
      });

      it('reads and folds a stream as it stood at a recorded time', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('asof'));
        await store.appendToStream(streamId, [event('CaseOpened'), event('CaseAssigned')], {
          expectedVersion: 'no_stream',
        });
        await sleep(15);
        await store.appendToStream(streamId, [event('CaseNoteAdded')], { expectedVersion: 2 });
        await sleep(15);
        await store.appendToStream(streamId, [event('CaseClosed')], { expectedVersion: 3 });

        const all = await store.readStream(streamId);
        const asOf = present(all[2]).recordedAt;
        expect((await store.readStream(streamId, { asOf })).map((e) => e.type)).toEqual([
          'CaseOpened',
          'CaseAssigned',
          'CaseNoteAdded',
        ]);
        expect(await store.readStream(streamId, { asOf: new Date(present(all[0]).recordedAt.getTime() - 1) })).toEqual(
          [],
        );

        const folded = await store.aggregateStream(streamId, {
          initialState: () => [] as string[],
          evolve: (types, e) => [...types, e.type],
          asOf,
        });
        expect(folded).toEqual({
          state: ['CaseOpened', 'CaseAssigned', 'CaseNoteAdded'],
          streamVersion: 3,
          streamExists: true,
        });
      });

      it('folds a stream with evolve from the initial state', async () => {
        type CaseEvent =
          | { type: 'CaseOpened'; data: { priority: string } }
          | { type: 'CaseNoteAdded'; data: { text: string } }
          | { type: 'CaseClosed'; data: { outcome: string } };
        interface CaseState {
          status: 'none' | 'open' | 'closed';
          priority?: string;
          notes: number;
        }
        const evolve = (state: CaseState, e: CaseEvent): CaseState => {
          switch (e.type) {
            case 'CaseOpened':
              return { ...state, status: 'open', priority: e.data.priority };
            case 'CaseNoteAdded':
              return { ...state, notes: state.notes + 1 };
            case 'CaseClosed':
              return { ...state, status: 'closed' };
            default: {
              const unknownEvent: never = e;
              return unknownEvent;
            }
          }
        };
        const store = await open();
        const streamId = streamOf(uniqueCategory('fold'));
        await store.appendToStream<CaseEvent>(
          streamId,
          [
            { type: 'CaseOpened', data: { priority: 'urgent' }, metadata: metadata() },
            { type: 'CaseNoteAdded', data: { text: 'home visit' }, metadata: metadata() },
            { type: 'CaseNoteAdded', data: { text: 'call' }, metadata: metadata() },
            { type: 'CaseClosed', data: { outcome: 'housed' }, metadata: metadata() },
          ],
          { expectedVersion: 'no_stream' },
        );
        const result = await store.aggregateStream<CaseState, CaseEvent>(streamId, {
          initialState: () => ({ status: 'none', notes: 0 }),
          evolve,
        });
        expect(result).toEqual({
          state: { status: 'closed', priority: 'urgent', notes: 2 },
          streamVersion: 4,
          streamExists: true,
        });
        const upToThree = await store.aggregateStream<CaseState, CaseEvent>(streamId, {
          initialState: () => ({ status: 'none', notes: 0 }),
          evolve,
          toVersion: 3,
        });
        expect(upToThree.state).toEqual({ status: 'open', priority: 'urgent', notes: 2 });
      });

      it('reports a missing stream as not found, and folds it to the initial state', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('missing'));
        await expect(store.readStream(streamId)).rejects.toMatchObject({
          code: 'EVENT_STORE.STREAM_NOT_FOUND',
          kind: 'not_found',
          details: { streamId },
        });
        expect(
          await store.aggregateStream(streamId, { initialState: () => 'initial', evolve: () => 'changed' }),
        ).toEqual({
          state: 'initial',
          streamVersion: 0,
          streamExists: false,
        });
      });
    });

    describe('reading all streams', () => {
      it('reads a category in batches from a checkpoint, each event once, each stream in version order', async () => {
        const store = await open();
        const category = uniqueCategory('cat');
        const streams = [streamOf(category), streamOf(category), streamOf(category)];
        const other = streamOf(uniqueCategory('other'));
        for (let round = 0; round < 4; round += 1) {
          for (const streamId of streams) {
            await store.appendToStream(streamId, [event('CaseNoteAdded', { round })], { expectedVersion: round });
          }
          await store.appendToStream(other, [event('CaseNoteAdded')], { expectedVersion: round });
        }

        const { events: read, batchesWithEvents } = await readAllUntil(
          store,
          { categories: [category], batchSize: 5 },
          (events) => events.length >= 12,
        );
        expect(batchesWithEvents).toBeGreaterThanOrEqual(3);
        expect(read).toHaveLength(12);
        expect(new Set(read.map((e) => e.eventId)).size).toBe(12);
        expect(read.every((e) => e.streamId.startsWith(`${category}-`))).toBe(true);
        expect(streamsOutOfOrder(read)).toEqual([]);
        const positions = read.map((e) => e.logPosition);
        expect(
          positions.slice(1).every((position, i) => compareLogPositions(present(positions[i]), position) < 0),
        ).toBe(true);
      });

      it('reads all streams after a checkpoint: only what came later, in append order of each stream', async () => {
        const store = await open();
        let end: LogPosition | undefined;
        for (;;) {
          const batch = await store.readAll({ batchSize: 1000, ...(end ? { after: end } : {}) });
          end = batch.checkpoint;
          if (batch.caughtUp) break;
        }
        const first = streamOf(uniqueCategory('all'));
        const second = streamOf(uniqueCategory('all'));
        await store.appendToStream(first, [event('CaseOpened'), event('CaseAssigned')], {
          expectedVersion: 'no_stream',
        });
        await store.appendToStream(second, [event('CaseOpened')], { expectedVersion: 'no_stream' });
        await store.appendToStream(first, [event('CaseClosed')], { expectedVersion: 2 });

        const isOurs = (e: RecordedEvent) => e.streamId === first || e.streamId === second;
        const { events: read } = await readAllUntil(
          store,
          { ...(end ? { after: end } : {}), batchSize: 2 },
          (events) => events.filter(isOurs).length >= 4,
        );
        const ours = read.filter(isOurs);
        expect(ours.map((e) => `${e.streamId === first ? 'first' : 'second'}:${e.type}`)).toEqual([
          'first:CaseOpened',
          'first:CaseAssigned',
          'second:CaseOpened',
          'first:CaseClosed',
        ]);
      });
    });

    describe('upcasting', () => {
      it('upcasts stored events of an old shape on every read path', async () => {
        const upcasters: Upcasters = {
          'ScreeningScored.v1': (old) => ({
            ...old,
            type: 'ScreeningScored.v2',
            data: { instrument: old.data['tool'], score: old.data['score'], scale: 'raw' },
          }),
        };
        const plain = await open();
        const store = await open({ upcasters });
        const category = uniqueCategory('upcast');
        const streamId = streamOf(category);
        await plain.appendToStream(
          streamId,
          [
            event('ScreeningScored.v1', { tool: 'PHQ-9', score: 14 }),
            event('ScreeningScored.v2', { instrument: 'GAD-7', score: 9, scale: 'raw' }),
          ],
          { expectedVersion: 'no_stream' },
        );
        const expected = [
          { type: 'ScreeningScored.v2', data: { instrument: 'PHQ-9', score: 14, scale: 'raw' } },
          { type: 'ScreeningScored.v2', data: { instrument: 'GAD-7', score: 9, scale: 'raw' } },
        ];
        const shape = (events: readonly RecordedEvent[]) => events.map(({ type, data }) => ({ type, data }));

        expect(shape(await store.readStream(streamId))).toEqual(expected);
        const folded = await store.aggregateStream(streamId, {
          initialState: () => [] as RecordedEvent[],
          evolve: (seen, e) => [...seen, e],
        });
        expect(shape(folded.state)).toEqual(expected);
        expect(shape((await store.readAll({ categories: [category] })).events)).toEqual(expected);

        const delivered: RecordedEvent[] = [];
        subscriptions.push(
          store.subscribe({
            subscriptionId: `upcast-${category}`,
            categories: [category],
            handler: async (events) => {
              delivered.push(...events);
            },
          }),
        );
        expect(await waitFor(() => delivered.length >= 2, 10_000)).toBe(true);
        expect(shape(delivered)).toEqual(expected);
        expect(shape(await plain.readStream(streamId))[0]?.type).toBe('ScreeningScored.v1');
      });
    });

    describe('stream metadata', () => {
      it('keeps retention and legal hold on a stream', async () => {
        const store = await open();
        const streamId = streamOf(uniqueCategory('meta'));
        await expect(store.getStreamMetadata(streamId)).rejects.toMatchObject({ code: 'EVENT_STORE.STREAM_NOT_FOUND' });
        await store.appendToStream(streamId, [event('CaseOpened')], { expectedVersion: 'no_stream' });
        expect(await store.getStreamMetadata(streamId)).toEqual({});

        const metadataToKeep = {
          retainUntil: new Date('2036-06-30T00:00:00.000Z'),
          legalHold: {
            reason: 'court order 2026-CV-0142',
            placedBy: 'auditor-3',
            placedAt: new Date('2026-11-02T10:00:00.000Z'),
          },
        };
        await store.setStreamMetadata(streamId, metadataToKeep);
        expect(await store.getStreamMetadata(streamId)).toEqual(metadataToKeep);
        await store.setStreamMetadata(streamId, { retainUntil: metadataToKeep.retainUntil });
        expect(await store.getStreamMetadata(streamId)).toEqual({ retainUntil: metadataToKeep.retainUntil });
      });
    });

    describe('subscriptions', () => {
      it('catches up from the start of a category, then follows new events', async () => {
        const store = await open();
        const category = uniqueCategory('sub');
        const streamId = streamOf(category);
        await store.appendToStream(streamId, [event('CaseOpened'), event('CaseAssigned'), event('CaseNoteAdded')], {
          expectedVersion: 'no_stream',
        });
        const delivered: RecordedEvent[] = [];
        subscriptions.push(
          store.subscribe({
            subscriptionId: `catch-up-${category}`,
            categories: [category],
            batchSize: 2,
            handler: async (events) => {
              delivered.push(...events);
            },
          }),
        );
        expect(await waitFor(() => delivered.length >= 3, 10_000)).toBe(true);
        await store.appendToStream(streamId, [event('CaseClosed')], { expectedVersion: 3 });
        await store.appendToStream(streamOf(category), [event('CaseOpened')], { expectedVersion: 'no_stream' });
        expect(await waitFor(() => delivered.length >= 5, 10_000)).toBe(true);
        await sleep(100);
        expect(delivered.map((e) => e.type)).toEqual([
          'CaseOpened',
          'CaseAssigned',
          'CaseNoteAdded',
          'CaseClosed',
          'CaseOpened',
        ]);
      });

      it('resumes after its checkpoint without repeating events', async () => {
        const store = await open();
        const category = uniqueCategory('resume');
        const streamId = streamOf(category);
        const subscriptionId = `resume-${category}`;
        await store.appendToStream(streamId, [event('CaseOpened'), event('CaseAssigned')], {
          expectedVersion: 'no_stream',
        });
        const firstRun: RecordedEvent[] = [];
        let checkpoint: LogPosition | undefined;
        const first = store.subscribe({
          subscriptionId,
          categories: [category],
          handler: async (events, context) => {
            firstRun.push(...events);
            checkpoint = context.checkpoint;
          },
        });
        expect(await waitFor(() => firstRun.length >= 2, 10_000)).toBe(true);
        await first.stop();

        await store.appendToStream(streamId, [event('CaseNoteAdded'), event('CaseClosed')], { expectedVersion: 2 });
        const secondRun: RecordedEvent[] = [];
        subscriptions.push(
          store.subscribe({
            subscriptionId,
            categories: [category],
            ...(checkpoint ? { from: checkpoint } : {}),
            handler: async (events) => {
              secondRun.push(...events);
            },
          }),
        );
        expect(await waitFor(() => secondRun.length >= 2, 10_000)).toBe(true);
        await sleep(150);
        expect(secondRun.map((e) => e.type)).toEqual(['CaseNoteAdded', 'CaseClosed']);
      });

      it('delivers a batch again after its handler fails, skipping nothing', async () => {
        const store = await open();
        const category = uniqueCategory('retry');
        const streamId = streamOf(category);
        const handled: string[] = [];
        let failures = 0;
        subscriptions.push(
          store.subscribe({
            subscriptionId: `retry-${category}`,
            categories: [category],
            batchSize: 1,
            handler: async (events) => {
              for (const e of events) {
                if (e.type === 'CaseAssigned' && failures < 2) {
                  failures += 1;
                  throw new Error('read model unavailable');
                }
                handled.push(e.type);
              }
            },
          }),
        );
        await store.appendToStream(streamId, [event('CaseOpened'), event('CaseAssigned'), event('CaseClosed')], {
          expectedVersion: 'no_stream',
        });
        expect(await waitFor(() => handled.length >= 3, 15_000)).toBe(true);
        expect(failures).toBe(2);
        expect(handled).toEqual(['CaseOpened', 'CaseAssigned', 'CaseClosed']);
      });

      it(
        'delivers every committed event exactly once, in stream order, while 8 writers commit 10,000 events ' +
          'out of order and roll some transactions back',
        async () => {
          const writers = 8;
          const eventsPerWriter = 1250;
          const streamsPerWriter = 4;
          const category = uniqueCategory('gap');
          const doomed = new Set<string>();
          const store = await open({
            hooks: {
              // Hold some transactions open after they took their positions, so later ones commit first.
              beforeCommit: async ({ eventIds }) => {
                const hold = Math.random();
                if (hold < 0.03) await sleep(15 + Math.random() * 25);
                else if (hold < 0.6) await sleep(Math.random() * 4);
                if (eventIds.some((id) => doomed.has(id))) throw new Error('rolled back by the gap test');
              },
            },
          });

          const byCategory: RecordedEvent[] = [];
          const fromAll: RecordedEvent[] = [];
          subscriptions.push(
            store.subscribe({
              subscriptionId: `gap-category-${category}`,
              categories: [category],
              batchSize: 50,
              handler: async (events) => {
                byCategory.push(...events);
              },
            }),
            store.subscribe({
              subscriptionId: `gap-all-${category}`,
              batchSize: 37,
              handler: async (events) => {
                for (const e of events) if (e.streamId.startsWith(`${category}-`)) fromAll.push(e);
              },
            }),
          );

          const committed = new Set<string>();
          const rolledBack = new Set<string>();
          await Promise.all(
            Array.from({ length: writers }, async (_, writer) => {
              const versions = new Array<number>(streamsPerWriter).fill(0);
              let remaining = eventsPerWriter;
              while (remaining > 0) {
                const slot = Math.floor(Math.random() * streamsPerWriter);
                const size = Math.min(remaining, 1 + Math.floor(Math.random() * 3));
                const batch = Array.from({ length: size }, () =>
                  event('CaseNoteAdded', { writer }, { eventId: randomUUID() }),
                );
                const ids = batch.map((e) => e.eventId ?? '');
                const rollBack = Math.random() < 0.1;
                if (rollBack) doomed.add(ids[0] ?? '');
                try {
                  await store.appendToStream(streamOf(category, `w${writer}s${slot}`), batch, {
                    expectedVersion: versions[slot] ?? 0,
                  });
                  if (rollBack) throw new Error('a doomed append committed');
                  ids.forEach((id) => committed.add(id));
                  versions[slot] = (versions[slot] ?? 0) + size;
                  remaining -= size;
                } catch (error) {
                  if (!rollBack) throw error;
                  ids.forEach((id) => rolledBack.add(id));
                }
              }
            }),
          );
          expect(committed.size).toBe(writers * eventsPerWriter);
          expect(rolledBack.size).toBeGreaterThan(0);

          const total = committed.size;
          await waitFor(() => byCategory.length >= total && fromAll.length >= total, 10_000);
          await sleep(200);
          const reports = (
            [
              ['category subscriber', byCategory],
              ['all-streams subscriber', fromAll],
            ] as const
          ).map(([subscriber, received]) => {
            const ids = received.map((e) => e.eventId);
            const unique = new Set(ids);
            return {
              subscriber,
              missed: [...committed].filter((id) => !unique.has(id)).length,
              duplicated: ids.length - unique.size,
              rolledBackButDelivered: ids.filter((id) => rolledBack.has(id)).length,
              streamsOutOfOrder: streamsOutOfOrder(received).length,
            };
          });
          const perfect = { missed: 0, duplicated: 0, rolledBackButDelivered: 0, streamsOutOfOrder: 0 };
          expect(reports).toEqual([
            { subscriber: 'category subscriber', ...perfect },
            { subscriber: 'all-streams subscriber', ...perfect },
          ]);
          expect(byCategory).toHaveLength(total);
          expect(fromAll).toHaveLength(total);
        },
        60_000,
      );
    });
  });
}
