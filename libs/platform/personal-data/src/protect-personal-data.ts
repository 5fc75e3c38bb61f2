import type {
  AggregateStreamOptions,
  AggregateStreamResult,
  AnyDomainEvent,
  DomainEvent,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '@casemgmt/event-store';
import { isDomainError } from '@casemgmt/kernel';
import { isSealedPersonalData, type PersonalDataVault } from './personal-data.port';

type WithPersonal = { readonly personal?: unknown };

/**
 * The event store as a service's own code sees it: an event's `data.personal` is sealed with the key of the event's
 * `metadata.clientId` on append, and opened on every read and subscription. After the subject's key is shredded
 * `data.personal` reads as `null`. Whatever reads the plain store (the relay to Kafka, the audit trail) only ever
 * sees the sealed form, so shredding one key makes every copy unreadable.
 */
export function protectPersonalData(store: EventStore, vault: PersonalDataVault): EventStore {
  const sealEvent = async (streamId: string, event: NewEvent): Promise<NewEvent> => {
    const data = event.data as WithPersonal | null;
    if (data === null || typeof data !== 'object' || data.personal === undefined || data.personal === null)
      return event;
    if (isSealedPersonalData(data.personal)) return event;
    const subjectId = event.metadata.clientId;
    if (!subjectId) {
      throw new Error(
        `event ${event.type} of ${streamId} holds personal data but names no metadata.clientId to seal it for`,
      );
    }
    const personal = await vault.seal(event.metadata.tenantId, subjectId, data.personal);
    return { ...event, data: { ...data, personal } } as NewEvent;
  };

  const openEvent = async (event: RecordedEvent): Promise<RecordedEvent> => {
    const data = event.data as WithPersonal | null;
    if (data === null || typeof data !== 'object' || !isSealedPersonalData(data.personal)) return event;
    const subjectId = event.metadata.clientId;
    const opened = subjectId ? await vault.open(event.metadata.tenantId, subjectId, data.personal) : undefined;
    return { ...event, data: { ...data, personal: opened ?? null } } as RecordedEvent;
  };
  const openAll = async <E extends DomainEvent>(events: readonly RecordedEvent<E>[]): Promise<RecordedEvent<E>[]> =>
    (await Promise.all((events as readonly RecordedEvent[]).map(openEvent))) as RecordedEvent<E>[];

  return {
    async appendToStream(streamId, events, options) {
      const sealed = await Promise.all((events as readonly NewEvent[]).map((event) => sealEvent(streamId, event)));
      return store.appendToStream(streamId, sealed, options);
    },

    async readStream<E extends DomainEvent = AnyDomainEvent>(streamId: string, options?: ReadStreamOptions) {
      return openAll(await store.readStream<E>(streamId, options));
    },

    // Folding needs the opened events, and opening is asynchronous while `evolve` is not: read, open, then fold.
    async aggregateStream<State, E extends DomainEvent = AnyDomainEvent>(
      streamId: string,
      options: AggregateStreamOptions<State, E>,
    ): Promise<AggregateStreamResult<State>> {
      let events: RecordedEvent<E>[];
      try {
        events = await this.readStream<E>(streamId, {
          ...(options.toVersion !== undefined ? { toVersion: options.toVersion } : {}),
          ...(options.asOf ? { asOf: options.asOf } : {}),
        });
      } catch (error) {
        if (isDomainError(error) && error.code === 'EVENT_STORE.STREAM_NOT_FOUND') {
          return { state: options.initialState(), streamVersion: 0, streamExists: false };
        }
        throw error;
      }
      const state = events.reduce(options.evolve, options.initialState());
      const last = events[events.length - 1];
      return { state, streamVersion: last?.streamVersion ?? 0, streamExists: last !== undefined };
    },

    async readAll(options?: ReadAllOptions): Promise<ReadAllResult> {
      const result = await store.readAll(options);
      return { ...result, events: await openAll<AnyDomainEvent>(result.events) };
    },

    subscribe(options: SubscribeOptions): Subscription {
      return store.subscribe({
        ...options,
        handler: async (events, context) => options.handler(await openAll<AnyDomainEvent>(events), context),
      });
    },

    getStreamMetadata: (streamId) => store.getStreamMetadata(streamId),
    setStreamMetadata: (streamId, metadata) => store.setStreamMetadata(streamId, metadata),
    // The plain store belongs to whoever created it.
    close: async () => undefined,
  };
}

/**
 * The event store as a command handler needs it: `data.personal` sealed on append like {@link protectPersonalData},
 * but streams read as stored, sealed. A decider that reads no personal data (its state keeps the sealed value's
 * absence as null) then folds a stream without one decryption per event: a case's hundredth contact costs what its
 * first did.
 */
export function sealPersonalData(store: EventStore, vault: PersonalDataVault): EventStore {
  const protectedStore = protectPersonalData(store, vault);
  return {
    appendToStream: (streamId, events, options) => protectedStore.appendToStream(streamId, events, options),
    readStream: (streamId, options) => store.readStream(streamId, options),
    aggregateStream: (streamId, options) => store.aggregateStream(streamId, options),
    readAll: (options) => store.readAll(options),
    subscribe: (options) => store.subscribe(options),
    getStreamMetadata: (streamId) => store.getStreamMetadata(streamId),
    setStreamMetadata: (streamId, metadata) => store.setStreamMetadata(streamId, metadata),
    // The plain store belongs to whoever created it.
    close: async () => undefined,
  };
}
