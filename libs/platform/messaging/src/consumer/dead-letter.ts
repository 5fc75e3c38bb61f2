import { deadLetterTopicOf } from '../contracts/service-contract';
import { errorClassOf, errorMessageOf } from '../messaging.errors';
import type { ConsumedMessage, MessageProducer } from '../messaging.port';

/** Dead-letter headers added to the original message's own. */
export const DLQ_HEADERS = {
  error: 'dlq_error',
  errorClass: 'dlq_error_class',
  attempts: 'dlq_attempts',
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  failedAt: 'dlq_failed_at',
} as const;

/**
 * Sends a message that cannot be handled to its dead-letter topic (`<topic>.<group>.dlq`), unchanged, with the
 * reason in the DLQ headers beside its own.
 */
export async function sendToDeadLetterTopic(
  producer: MessageProducer,
  message: ConsumedMessage,
  group: string,
  error: unknown,
  attempts: number,
): Promise<{ readonly topic: string; readonly errorClass: string }> {
  const topic = deadLetterTopicOf(message.topic, group);
  const errorClass = errorClassOf(error);
  await producer.send(topic, [
    {
      key: message.key,
      value: message.value,
      headers: {
        ...message.headers,
        [DLQ_HEADERS.error]: errorMessageOf(error).slice(0, 4_000),
        [DLQ_HEADERS.errorClass]: errorClass,
        [DLQ_HEADERS.attempts]: String(attempts),
        [DLQ_HEADERS.originalTopic]: message.topic,
        [DLQ_HEADERS.originalPartition]: String(message.partition),
        [DLQ_HEADERS.originalOffset]: message.offset,
        [DLQ_HEADERS.failedAt]: new Date().toISOString(),
      },
    },
  ]);
  return { topic, errorClass };
}
