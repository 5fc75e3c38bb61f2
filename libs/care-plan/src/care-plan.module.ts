import { type DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL, EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import {
  createPostgresPersonalDataVault,
  protectPersonalData,
  sealPersonalData,
  type PersonalDataVault,
} from '@casemgmt/personal-data';
import {
  createKafkajsTransport,
  KafkaEventConsumer,
  StoreSubscriptionConsumer,
  type ServiceContract,
} from '@casemgmt/messaging';
import { CARE_PLAN_CONTRACT } from './care-plan.contract';
import { buildIntakeHandlers, typesMissingFrom } from './case-view/case-view.handlers';
import { GetCaseViewHttpController } from './case-view/get-case-view.http.controller';
import { GetCaseViewQuery } from './case-view/get-case-view.query';
import { CASEWORK_CONTROLLERS, CASEWORK_PROVIDERS } from './casework/casework.providers';
import { PLAN_CONTROLLERS, PLAN_PROVIDERS } from './plan/plan.providers';
import { CarePlanAccessLog, CarePlanRefusedRequests } from './shared/care-plan-access-log';
import { CARE_PLAN_COMMAND_STORE, CARE_PLAN_EVENT_STORE, CARE_PLAN_SETTINGS } from './shared/care-plan-options';
import type { CarePlanSettings } from './shared/program-settings';
import { buildWorklistCarePlanHandlers } from './worklist/worklist-care-plan.handlers';
import { withWorklist } from './worklist/worklist-case.handlers';
import { complianceTypesMissingFrom, followsCompliance } from './worklist/compliance-events';
import { followsReferrals, referralTypesMissingFrom } from './worklist/referral-events';
import { buildWorklistComplianceHandlers } from './worklist/worklist-compliance.handlers';
import { buildWorklistReferralHandlers } from './worklist/worklist-referral.handlers';
import { WORKLIST_CONTROLLERS, WORKLIST_PROVIDERS } from './worklist/worklist.providers';

/** Injection token of the vault of the clients' data keys, the one intake seals with. */
export const CARE_PLAN_PERSONAL_DATA_VAULT = Symbol('CARE_PLAN_PERSONAL_DATA_VAULT');

/** Consumer name of care plan: its inbox rows, store subscription and Kafka consumer group. */
export const CARE_PLAN_CONSUMER = 'care-plan';

/** Injection token of the consumer feeding care plan's view of the cases and the worklist's referral items. */
export const CARE_PLAN_EVENT_SOURCE = Symbol('CARE_PLAN_EVENT_SOURCE');

/** Injection token of the consumer feeding the worklist from care plan's own plans and casework. */
export const CARE_PLAN_WORKLIST_SOURCE = Symbol('CARE_PLAN_WORKLIST_SOURCE');

/**
 * Where care plan reads intake's and referral's events: the event store's subscription (all-in-one) or Kafka
 * (distributed).
 */
export type CarePlanSource = 'store' | { readonly kafkaBrokers: readonly string[] };

export interface CarePlanModuleOptions {
  readonly source: CarePlanSource;
  /**
   * The contracts of the services whose events care plan reads, given by the app that hosts it: intake's, required;
   * referral's, optional (without it the worklist has no referral items).
   */
  readonly consumes: readonly ServiceContract[];
  /** Consumer name, inbox and Kafka group (default `care-plan`). */
  readonly consumer?: string;
  /** Base64 of the 32-byte key that wraps every client's data key: the same one intake seals with. */
  readonly personalDataMasterKey: string;
  readonly settings: CarePlanSettings;
}

/**
 * Care plan: its own view of the cases it serves, fed by intake's published events in the consumer's transaction
 * (ADR 0027), each case's care plans, and the worklist (ADR 0031), which follows intake's and referral's events in
 * that same consumer and care plan's own events through a subscription of its own. The host provides the
 * EventStoreModule and the AuthModule.
 */
@Module({})
export class CarePlanModule {
  static forRoot(options: CarePlanModuleOptions): DynamicModule {
    const { source, consumes } = options;
    const consumer = options.consumer ?? CARE_PLAN_CONSUMER;
    const missing = [
      ...typesMissingFrom(consumes),
      ...referralTypesMissingFrom(consumes),
      ...complianceTypesMissingFrom(consumes),
    ];
    if (missing.length > 0) {
      throw new Error(`Care plan reads ${missing.join(', ')}, which none of the contracts it was given publishes`);
    }
    // One consumer per source: intake's events change the case's row and its worklist items in one transaction, and
    // referral's, when the host gives its contract, the worklist's referral items in the same consumer's transactions.
    // Audit's compliance deadlines, when the host gives its contract, the worklist's compliance items (ADR 0038).
    const referralHandlers = followsReferrals(consumes) ? buildWorklistReferralHandlers(options.settings) : {};
    const complianceHandlers = followsCompliance(consumes) ? buildWorklistComplianceHandlers() : {};
    const consumedHandlers = (vault: PersonalDataVault) => ({
      ...withWorklist(buildIntakeHandlers(vault), options.settings),
      ...referralHandlers,
      ...complianceHandlers,
    });
    return {
      module: CarePlanModule,
      controllers: [GetCaseViewHttpController, ...PLAN_CONTROLLERS, ...CASEWORK_CONTROLLERS, ...WORKLIST_CONTROLLERS],
      providers: [
        { provide: CARE_PLAN_SETTINGS, useValue: options.settings },
        {
          provide: CARE_PLAN_PERSONAL_DATA_VAULT,
          inject: [DATABASE_POOL],
          useFactory: (pool: Pool) =>
            createPostgresPersonalDataVault({ pool, masterKey: options.personalDataMasterKey }),
        },
        {
          provide: CARE_PLAN_EVENT_STORE,
          inject: [EVENT_STORE, CARE_PLAN_PERSONAL_DATA_VAULT],
          useFactory: (store: EventStore, vault: PersonalDataVault) => protectPersonalData(store, vault),
        },
        {
          provide: CARE_PLAN_COMMAND_STORE,
          inject: [EVENT_STORE, CARE_PLAN_PERSONAL_DATA_VAULT],
          useFactory: (store: EventStore, vault: PersonalDataVault) => sealPersonalData(store, vault),
        },
        CarePlanAccessLog,
        CarePlanRefusedRequests,
        ...PLAN_PROVIDERS,
        ...CASEWORK_PROVIDERS,
        {
          provide: CARE_PLAN_EVENT_SOURCE,
          inject: [EVENT_STORE, DATABASE_POOL, CARE_PLAN_PERSONAL_DATA_VAULT],
          useFactory: (
            store: EventStore,
            pool: Pool,
            vault: PersonalDataVault,
          ): StoreSubscriptionConsumer | KafkaEventConsumer =>
            source === 'store'
              ? new StoreSubscriptionConsumer({
                  store,
                  pool,
                  consumer,
                  contracts: consumes,
                  handlers: consumedHandlers(vault),
                })
              : new KafkaEventConsumer({
                  group: consumer,
                  transport: createKafkajsTransport({
                    brokers: [...source.kafkaBrokers],
                    clientId: consumer,
                  }),
                  pool,
                  contracts: consumes,
                  handlers: consumedHandlers(vault),
                }),
        },
        // Care plan's own events are always in its own store, whichever way intake's reach it.
        {
          provide: CARE_PLAN_WORKLIST_SOURCE,
          inject: [EVENT_STORE, DATABASE_POOL],
          useFactory: (store: EventStore, pool: Pool) =>
            new StoreSubscriptionConsumer({
              store,
              pool,
              consumer: `${consumer}.worklist`,
              contracts: [CARE_PLAN_CONTRACT],
              handlers: buildWorklistCarePlanHandlers(options.settings),
            }),
        },
        GetCaseViewQuery,
        ...WORKLIST_PROVIDERS,
      ],
    };
  }
}
