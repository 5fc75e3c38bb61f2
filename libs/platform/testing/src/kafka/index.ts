export { consumeN, createTopics, testKafka, uniqueTopic } from './kafka-test-client';
export type { ConsumedMessage, ConsumeOptions } from './kafka-test-client';
