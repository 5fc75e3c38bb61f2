import { type DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL, EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import {
  createKafkajsTransport,
  KafkaEventConsumer,
  StoreSubscriptionConsumer,
  type ServiceContract,
} from '@casemgmt/messaging';
import { buildCaseViewHandlers, typesMissingFrom } from './case-view/case-view.handlers';
import { GetCaseViewHttpController } from './case-view/get-case-view.http.controller';
import { GetCaseViewQuery } from './case-view/get-case-view.query';

/** Consumer name of care plan: its inbox rows, store subscription and Kafka consumer group. */
export const CARE_PLAN_CONSUMER = 'care-plan';

/** Injection token of the consumer feeding care plan's view of the cases. */
export const CARE_PLAN_EVENT_SOURCE = Symbol('CARE_PLAN_EVENT_SOURCE');

/** Where care plan reads intake's events: the event store's subscription (all-in-one) or Kafka (distributed). */
export type CarePlanSource = 'store' | { readonly kafkaBrokers: readonly string[] };

export interface CarePlanModuleOptions {
  readonly source: CarePlanSource;
  /** The contracts of the services whose events care plan reads (intake's), given by the app that hosts it. */
  readonly consumes: readonly ServiceContract[];
  /** Consumer name, inbox and Kafka group (default `care-plan`). */
  readonly consumer?: string;
}

/**
 * Care plan: its own view of the cases it serves, fed by intake's published events in the consumer's transaction
 * (ADR 0027). The host provides the EventStoreModule and the AuthModule.
 */
@Module({})
export class CarePlanModule {
  static forRoot(options: CarePlanModuleOptions): DynamicModule {
    const { source, consumes } = options;
    const consumer = options.consumer ?? CARE_PLAN_CONSUMER;
    const missing = typesMissingFrom(consumes);
    if (missing.length > 0) {
      throw new Error(`Care plan reads ${missing.join(', ')}, which none of the contracts it was given publishes`);
    }
    return {
      module: CarePlanModule,
      controllers: [GetCaseViewHttpController],
      providers: [
        {
          provide: CARE_PLAN_EVENT_SOURCE,
          inject: [EVENT_STORE, DATABASE_POOL],
          useFactory: (store: EventStore, pool: Pool): StoreSubscriptionConsumer | KafkaEventConsumer =>
            source === 'store'
              ? new StoreSubscriptionConsumer({
                  store,
                  pool,
                  consumer,
                  contracts: consumes,
                  handlers: buildCaseViewHandlers(),
                })
              : new KafkaEventConsumer({
                  group: consumer,
                  transport: createKafkajsTransport({
                    brokers: [...source.kafkaBrokers],
                    clientId: consumer,
                  }),
                  pool,
                  contracts: consumes,
                  handlers: buildCaseViewHandlers(),
                }),
        },
        GetCaseViewQuery,
      ],
    };
  }
}
