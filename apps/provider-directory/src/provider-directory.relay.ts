import { type BeforeApplicationShutdown, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type EventStore } from '@casemgmt/event-store';
import { createKafkajsTransport, KafkaRelay } from '@casemgmt/messaging';
import { PROVIDER_DIRECTORY_CONTRACT } from '@casemgmt/provider-directory';

/** Publishes the directory's events to `casemgmt.provider-directory.events.v1` in the distributed shape. */
export class ProviderDirectoryRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProviderDirectoryRelay.name);
  private readonly relay: KafkaRelay;

  constructor(store: EventStore, brokers: readonly string[]) {
    const transport = createKafkajsTransport({ brokers: [...brokers], clientId: 'provider-directory' });
    this.relay = new KafkaRelay({ store, contract: PROVIDER_DIRECTORY_CONTRACT, transport });
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
