import { detectContainerRuntime } from './docker.mjs';

// Confluent Platform 7.9 ships Apache Kafka 3.9, the last line that still speaks the protocol versions kafkajs uses.
const KAFKA_IMAGE = process.env.KAFKA_TEST_IMAGE || 'confluentinc/cp-kafka:7.9.0';
const KAFKA_CONTAINER_PORT = 9093; // the PLAINTEXT listener @testcontainers/kafka advertises to the host
const localLauncher = new URL('../../../../../deploy/local/kafka/kafka.mjs', import.meta.url);

/**
 * Kafka for tests and for the all-in-one platform, resolved in this order: KAFKA_BROKERS from the environment, then
 * a container where an engine answers, then a local KRaft broker from deploy/local/kafka (Java + Maven Central).
 * Logs one line naming the source taken and why.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ brokers: string, source: string, stop: () => Promise<void> }>}
 */
export async function resolveKafka({ log = console.log } = {}) {
  const fromEnvironment = process.env.KAFKA_BROKERS?.trim();
  if (fromEnvironment) {
    const source = 'environment (KAFKA_BROKERS)';
    log(`Kafka: ${fromEnvironment} from the ${source}`);
    return { brokers: fromEnvironment, source, stop: async () => {} };
  }

  const runtime = await detectContainerRuntime();
  if (runtime.available) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const container = await new KafkaContainer(KAFKA_IMAGE).withKraft().start();
    const brokers = `${container.getHost()}:${container.getMappedPort(KAFKA_CONTAINER_PORT)}`;
    const source = `testcontainers (${KAFKA_IMAGE}, KRaft)`;
    log(`Kafka: container ${KAFKA_IMAGE} (KRaft) at ${brokers}: ${runtime.reason}`);
    return { brokers, source, stop: async () => void (await container.stop()) };
  }

  const { startKafkaBroker, KAFKA_VERSION } = await import(localLauncher.href);
  const broker = await startKafkaBroker({ log, announce: false });
  const source = `local KRaft broker ${KAFKA_VERSION} (deploy/local/kafka)`;
  log(
    `Kafka: local KRaft broker ${broker.version} at ${broker.brokers} (pid ${broker.pid}, answering after ` +
      `${(broker.startMs / 1000).toFixed(1)} s), no container engine: ${runtime.reason} (asked in ${runtime.elapsedMs} ms)`,
  );
  return { brokers: broker.brokers, source, stop: () => broker.stop() };
}
