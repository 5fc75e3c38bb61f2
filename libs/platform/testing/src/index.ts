export { createTestDatabase, serverUrl, type TestDatabase } from './postgres/test-database';
export * from './kafka';
export { given, type DeciderUnderTest } from './deciders/given';
export { refusal, type Refusal } from './deciders/refusal';
export {
  recordedEvent,
  RECORDED_EVENT_METADATA,
  type EventUnderTest,
  type Recorded,
  type RecordedEnvelope,
  type RecordedEventOptions,
  type RecordedMetadata,
} from './events/recorded-event';
export { waitFor } from './wait-for';
export { openApiAnswerProblems } from './http/openapi-answer';
