import { type BeforeApplicationShutdown, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@casemgmt/event-store';
import type { ServiceContract } from '../contracts/service-contract';
import { createKafkajsTransport } from '../kafkajs/kafkajs.transport';
import { KafkaRelay } from './kafka.relay';

/**
 * A service's relay as a Nest provider: publishes the service's events to `casemgmt.<service>.events.v1` from
 * application bootstrap until shutdown. Give it the plain store: what goes to Kafka is what was stored.
 */
export class ServiceRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly relay: KafkaRelay;

  constructor(store: EventStore, contract: ServiceContract, brokers: readonly string[]) {
    this.logger = new Logger(`${contract.service}Relay`);
    const transport = createKafkajsTransport({ brokers: [...brokers], clientId: contract.service });
    this.relay = new KafkaRelay({ store, contract, transport });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
    this.logger.log(`relaying to ${this.relay.topic}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Lets the batch in hand finish and disconnects the producer.
    await this.relay.stop();
  }
}

/** Comma-separated broker addresses, as the apps' KAFKA_BROKERS variable gives them. */
export function brokerList(value: string): string[] {
  return value
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
}
