import {
  EventStoreError,
  type DomainEvent,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@casemgmt/event-store';
import { toEventMetadata, underRole, type Command } from './command-metadata';

/** The pure business logic of an aggregate (STYLE.md): no I/O, time and actor come in with the command. */
export interface Decider<C extends Command, E extends DomainEvent, S> {
  decide(command: C, state: S): readonly E[];
  evolve(state: S, event: E): S;
  initialState(): S;
  /**
   * The role the command is allowed under, where the aggregate's access policy decides it from the state (an actor
   * may hold several): recorded on the events instead of the route's first role.
   */
  grantingRole?(command: C, state: S): string | undefined;
}

/**
 * How a decider's events fold into its state, without `decide`: what a service publishes for other contexts to
 * replay its streams with (the audit service), and all that loading an aggregate needs.
 */
export type ReadOnlyDecider<E extends DomainEvent, S> = Pick<Decider<Command, E, S>, 'evolve' | 'initialState'>;

/** The read-only half of a decider, with nothing else reachable at run time. */
export function readOnlyDecider<E extends DomainEvent, S>(decider: ReadOnlyDecider<E, S>): ReadOnlyDecider<E, S> {
  return Object.freeze({
    initialState: () => decider.initialState(),
    evolve: (state: S, event: E) => decider.evolve(state, event),
  });
}

export interface CommandResult<E extends DomainEvent = DomainEvent> {
  readonly streamId: string;
  /** Version of the stream after the command: unchanged when the command produced no event. */
  readonly version: number;
  readonly events: readonly E[];
  /** The role the events were recorded under (the one that allowed the request); absent when none was recorded. */
  readonly role?: string;
}

export interface LoadedAggregate<S> {
  readonly state: S;
  readonly version: number;
  /** False also when the stream belongs to another tenant: for this tenant it does not exist. */
  readonly exists: boolean;
  /** When the last folded event was recorded. */
  readonly lastRecordedAt?: Date;
}

/** Folds a stream for one tenant; another tenant's stream reads as the initial state. */
export async function loadAggregate<E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: ReadOnlyDecider<E, S>,
  tenantId: string,
  asOf?: Date,
): Promise<LoadedAggregate<S>> {
  let foreign = false;
  let lastRecordedAt: Date | undefined;
  const { state, streamVersion, streamExists } = await store.aggregateStream<S, E>(streamId, {
    initialState: decider.initialState,
    evolve: (current, event: RecordedEvent<E>) => {
      if (event.metadata.tenantId !== tenantId) foreign = true;
      lastRecordedAt = event.recordedAt;
      return foreign ? current : decider.evolve(current, event);
    },
    ...(asOf ? { asOf } : {}),
  });
  // Another tenant's stream does not exist for this one: not even its version is told.
  if (foreign) return { state: decider.initialState(), version: 0, exists: false };
  return {
    state,
    version: streamVersion,
    exists: streamExists && streamVersion > 0,
    ...(lastRecordedAt ? { lastRecordedAt } : {}),
  };
}

/** The case and client an aggregate's events concern, and why a correction is made: copied into event metadata. */
export interface CommandSubjects {
  readonly caseId?: string;
  readonly clientId?: string;
  readonly reason?: string;
}

function definedSubjects(subjects: CommandSubjects): CommandSubjects {
  return Object.fromEntries(Object.entries(subjects).filter(([, value]) => value !== undefined));
}

/**
 * Load the stream, decide, append: the whole of a command handler. `expectedVersion` is the version the caller
 * read; a stream that moved on since answers the store's `EVENT_STORE.WRONG_EXPECTED_VERSION` (HTTP 409), and so
 * does an append that races with another.
 */
export async function handleCommand<C extends Command, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  expectedVersion?: number,
  subjects: CommandSubjects = {},
): Promise<CommandResult<E>> {
  const loaded = await loadAggregate(store, streamId, decider, command.metadata.tenantId);
  const stale = expectedVersion !== undefined && expectedVersion !== loaded.version ? expectedVersion : undefined;
  // An existing stream that moved on answers 409 at once; one that does not exist (here) lets the decider answer
  // first, so a command on it reads as not found whatever version was sent.
  if (stale !== undefined && loaded.exists) throw EventStoreError.wrongExpectedVersion(streamId, stale, loaded.version);
  const events = decider.decide(command, loaded.state);
  if (stale !== undefined) throw EventStoreError.wrongExpectedVersion(streamId, stale, loaded.version);
  if (events.length === 0) return { streamId, version: loaded.version, events };
  const role = decider.grantingRole?.(command, loaded.state) ?? command.metadata.actor.role;
  const metadata = { ...toEventMetadata(underRole(command.metadata, role)), ...definedSubjects(subjects) };
  const occurredAt = command.metadata.occurredAt ?? command.metadata.now;
  const newEvents = events.map((event): NewEvent<E> => ({ ...event, metadata, occurredAt }));
  const appended = await store.appendToStream<E>(streamId, newEvents, {
    expectedVersion: loaded.version === 0 ? 'no_stream' : loaded.version,
  });
  return { streamId, version: appended.streamVersion, events, role };
}
