export type {
  BatchControl,
  ConsumedMessage,
  ConsumerRunOptions,
  MessageConsumer,
  MessageProducer,
  MessagingTransport,
  OutgoingMessage,
  PartitionBatch,
  TopicSettings,
  TopicSpec,
} from './messaging.port';
export { createKafkajsTransport, type KafkajsTransportOptions } from './kafkajs/kafkajs.transport';
export {
  MessagingError,
  errorClassOf,
  isInfrastructureError,
  isMessagingError,
  isRetryable,
  type MessagingErrorCode,
} from './messaging.errors';
export { nestMessagingLogger, SILENT_MESSAGING_LOGGER, type MessagingLogger } from './messaging.logger';
export {
  ContractCatalog,
  deadLetterTopicOf,
  eventDataSchema,
  objectSchema,
  parsePublishedType,
  sealedPersonalSchema,
  publishedTypeOf,
  sourceOf,
  topicOf,
  type JsonSchema,
  type PublishedEventContract,
  type PublishedEventType,
  type ServiceContract,
} from './contracts/service-contract';
export { SchemaValidator } from './contracts/schema-validator';
export {
  CE_HEADERS,
  CONTENT_TYPE_HEADER,
  JSON_CONTENT_TYPE,
  fromKafkaMessage,
  fromRecordedEvent,
  partitionKeyOf,
  toKafkaMessage,
} from './cloudevents/cloud-event.mapper';
export type { EventHandler, EventHandlers, EventOrigin, IncomingEvent } from './incoming-event';
export { MESSAGING_MIGRATIONS, migrateMessagingSchema, type MessagingMigration } from './inbox/messaging.schema';
export { claimInbox } from './inbox/inbox';
export { MessagingMetrics, type RelayLagProbe } from './metrics/messaging.metrics';
export { KafkaRelay, type KafkaRelayOptions } from './relay/kafka.relay';
export { brokerList, ServiceRelay } from './relay/service-relay';
export { postgresRelayLagProbe } from './relay/postgres-relay-lag.probe';
export { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './consumer/retry-policy';
export { DLQ_HEADERS } from './consumer/dead-letter';
export {
  KafkaEventConsumer,
  type KafkaConsumerHooks,
  type KafkaEventConsumerOptions,
} from './consumer/event.kafka.consumer';
export {
  StoreSubscriptionConsumer,
  type StoreSubscriptionConsumerOptions,
} from './consumer/store-subscription.consumer';
export { AccessLogWriter } from './access-log/access-log';
export {
  accessLogEvents,
  type AccessRefusal,
  type RecordAccess,
  type RecordAccessed,
  type RecordAccessRefused,
} from './access-log/access-log.contract';
