import { type DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL, EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import {
  createKafkajsTransport,
  KafkaEventConsumer,
  StoreSubscriptionConsumer,
  type EventHandlers,
  type ServiceContract,
} from '@casemgmt/messaging';
import {
  createPostgresPersonalDataVault,
  protectPersonalData,
  sealPersonalData,
  type PersonalDataVault,
} from '@casemgmt/personal-data';
import { buildIntakeHandlers } from './case-view/case-view.handlers';
import { INTAKE_EVENTS } from './case-view/intake-events';
import { buildDirectoryHandlers, DIRECTORY_EVENT_TYPES } from './directory/directory-view.handlers';
import { DirectoryListingsQuery } from './directory/directory-listings.query';
import { FUNNEL_CONTROLLERS, FUNNEL_PROVIDERS } from './funnel/funnel.providers';
import { intakeGatewayProvider } from './intake/intake.gateway';
import { REFERRAL_CONTRACT } from './referral.contract';
import { buildReferralsHandlers } from './referral/projections/referrals/referrals.handlers';
import { consentRevokedHandler } from './referral/reactions/consent-revoked.handler';
import { REFERRAL_CONTROLLERS, REFERRAL_PROVIDERS } from './referral/referral.providers';
import { ReferralAccessLog, ReferralRefusedRequests } from './shared/referral-access-log';
import {
  REFERRAL_COMMAND_STORE,
  REFERRAL_EVENT_STORE,
  REFERRAL_PERSONAL_DATA_VAULT,
  REFERRAL_SETTINGS,
} from './shared/referral-options';
import type { ReferralSettings } from './shared/referral-settings';
import { typesMissingFrom } from './shared/missing-types';
import {
  WEBHOOK_CONTROLLERS,
  buildWebhookHandlers,
  webhookProviders,
  type WebhookOptions,
} from './webhook/webhook.providers';

/** Consumer name of referral: its inbox rows, store subscriptions and Kafka consumer group. */
export const REFERRAL_CONSUMER = 'referral';

/** Injection token of the consumer feeding referral's view of intake's cases and the directory's listings. */
export const REFERRAL_EVENT_SOURCE = Symbol('REFERRAL_EVENT_SOURCE');
/** Injection tokens of the consumers of referral's own events: its read model (lists, inbox, funnel), the webhooks. */
export const REFERRAL_OWN_SOURCES = {
  referrals: Symbol('REFERRAL_READ_MODEL_SOURCE'),
  webhooks: Symbol('REFERRAL_WEBHOOK_SOURCE'),
} as const;

/** Where referral reads intake's and the directory's events: the event store's subscription or Kafka. */
export type ReferralSource = 'store' | { readonly kafkaBrokers: readonly string[] };

export interface ReferralModuleOptions {
  readonly source: ReferralSource;
  /** The contracts of the services whose events referral reads (intake's and the directory's), given by the app. */
  readonly consumes: readonly ServiceContract[];
  /** Consumer name, inbox and Kafka group (default `referral`). */
  readonly consumer?: string;
  /** Base64 of the 32-byte key that wraps every client's data key: the same one intake seals with. */
  readonly personalDataMasterKey: string;
  readonly settings: ReferralSettings;
  /** Where intake answers the consent in force at a send; the host's own routes when left out (ADR 0033). */
  readonly intakeUrl?: string;
  /** How partners' webhooks are polled and retried (tests shorten the delays). */
  readonly webhooks?: Partial<WebhookOptions>;
}

/**
 * Referral: its own view of intake's cases and of the directory's listings, fed by their published events (as care
 * plan's, ADR 0027); each referral's closed loop (ADR 0032) with the consent asked of intake at the send (ADR 0033);
 * and, from its own events, the read model behind the agency's lists, the partners' inbox and the funnel, and the
 * partners' webhooks. The host provides the EventStoreModule and the AuthModule.
 */
@Module({})
export class ReferralModule {
  static forRoot(options: ReferralModuleOptions): DynamicModule {
    const { source, consumes } = options;
    const consumer = options.consumer ?? REFERRAL_CONSUMER;
    const missing = typesMissingFrom([...Object.values(INTAKE_EVENTS), ...DIRECTORY_EVENT_TYPES], consumes);
    if (missing.length > 0) {
      throw new Error(`Referral reads ${missing.join(', ')}, which none of the contracts it was given publishes`);
    }
    const followed = (vault: PersonalDataVault, commands: EventStore): EventHandlers => ({
      ...buildIntakeHandlers(vault),
      [INTAKE_EVENTS.consentRevoked]: consentRevokedHandler(commands),
      ...buildDirectoryHandlers(),
    });
    // Referral's own events are always in its own store, whichever way the others' reach it.
    const own = (token: symbol, name: string, handlers: (commands: EventStore) => EventHandlers) => ({
      provide: token,
      inject: [EVENT_STORE, DATABASE_POOL, REFERRAL_COMMAND_STORE],
      useFactory: (store: EventStore, pool: Pool, commands: EventStore) =>
        new StoreSubscriptionConsumer({
          store,
          pool,
          consumer: `${consumer}.${name}`,
          contracts: [REFERRAL_CONTRACT],
          handlers: handlers(commands),
        }),
    });
    return {
      module: ReferralModule,
      controllers: [...REFERRAL_CONTROLLERS, ...WEBHOOK_CONTROLLERS, ...FUNNEL_CONTROLLERS],
      providers: [
        { provide: REFERRAL_SETTINGS, useValue: options.settings },
        {
          provide: REFERRAL_PERSONAL_DATA_VAULT,
          inject: [DATABASE_POOL],
          useFactory: (pool: Pool) =>
            createPostgresPersonalDataVault({ pool, masterKey: options.personalDataMasterKey }),
        },
        {
          provide: REFERRAL_EVENT_STORE,
          inject: [EVENT_STORE, REFERRAL_PERSONAL_DATA_VAULT],
          useFactory: (store: EventStore, vault: PersonalDataVault) => protectPersonalData(store, vault),
        },
        {
          provide: REFERRAL_COMMAND_STORE,
          inject: [EVENT_STORE, REFERRAL_PERSONAL_DATA_VAULT],
          useFactory: (store: EventStore, vault: PersonalDataVault) => sealPersonalData(store, vault),
        },
        intakeGatewayProvider(options.intakeUrl !== undefined ? { intakeUrl: options.intakeUrl } : {}),
        ReferralAccessLog,
        ReferralRefusedRequests,
        DirectoryListingsQuery,
        ...REFERRAL_PROVIDERS,
        ...webhookProviders(options.webhooks ?? {}),
        ...FUNNEL_PROVIDERS,
        {
          provide: REFERRAL_EVENT_SOURCE,
          inject: [EVENT_STORE, DATABASE_POOL, REFERRAL_PERSONAL_DATA_VAULT, REFERRAL_COMMAND_STORE],
          useFactory: (store: EventStore, pool: Pool, vault: PersonalDataVault, commands: EventStore) => {
            const handlers = followed(vault, commands);
            return source === 'store'
              ? new StoreSubscriptionConsumer({ store, pool, consumer, contracts: consumes, handlers })
              : new KafkaEventConsumer({
                  group: consumer,
                  transport: createKafkajsTransport({ brokers: [...source.kafkaBrokers], clientId: consumer }),
                  pool,
                  contracts: consumes,
                  handlers,
                });
          },
        },
        own(REFERRAL_OWN_SOURCES.referrals, 'referrals', buildReferralsHandlers),
        own(REFERRAL_OWN_SOURCES.webhooks, 'webhooks', buildWebhookHandlers),
      ],
    };
  }
}
