export type {
  AggregateStreamOptions,
  AggregateStreamResult,
  AnyDomainEvent,
  AppendHooks,
  AppendOptions,
  AppendResult,
  BeforeCommitContext,
  DomainEvent,
  EventActor,
  EventEnvelope,
  EventMetadata,
  EventStore,
  EventStoreLogger,
  ExpectedVersion,
  LogPosition,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  SqlTransaction,
  StreamMetadata,
  SubscribeOptions,
  Subscription,
  SubscriptionContext,
  SubscriptionHandler,
  Upcaster,
  Upcasters,
} from './event-store.port';
export { LOG_START } from './event-store.port';
export {
  EventStoreError,
  isEventStoreError,
  type ErrorKind,
  type EventStoreErrorCode,
  type EventStoreErrorDetails,
} from './event-store.errors';
export { categoryOf } from './event-envelope';
export { compareLogPositions, laterLogPosition } from './log-position';
export {
  createPostgresEventStore,
  PostgresEventStore,
  type PostgresEventStoreOptions,
} from './postgres/postgres-event-store';
export { EVENT_STORE_MIGRATIONS, migrateEventStoreSchema } from './postgres/postgres-event-store.schema';
export type { PostgresSubscriptionSettings } from './postgres/postgres-subscription';
export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb/eventstoredb-event-store';
export {
  DATABASE_POOL,
  EVENT_STORE,
  EventStoreModule,
  InjectDatabasePool,
  InjectEventStore,
  type EventStoreModuleOptions,
} from './nest/event-store.module';
