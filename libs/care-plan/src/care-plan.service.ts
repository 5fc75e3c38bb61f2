import type { HostedService } from '@casemgmt/host';
import type { ServiceContract } from '@casemgmt/messaging';
import { CARE_PLAN_CONTRACT } from './care-plan.contract';
import { CARE_PLAN_MIGRATIONS, CARE_PLAN_SCHEMA } from './care-plan.migrations';
import { CarePlanModule } from './care-plan.module';
import type { CarePlanSettings } from './shared/program-settings';

export interface CarePlanServiceOptions {
  /**
   * The contracts of the services care plan follows, given by the app hosting it (ADR 0027): intake's, required;
   * referral's, optional (the worklist's referral items).
   */
  readonly consumes: readonly ServiceContract[];
  /** Consumer name, inbox and Kafka group (default `care-plan`). */
  readonly consumer?: string;
  /** Base64 of the 32-byte key that wraps every client's data key: the same one intake seals with. */
  readonly personalDataMasterKey: string;
  readonly settings: CarePlanSettings;
}

/**
 * Care plan as a host runs it: the `care_plan` schema, and a module that follows intake's events in the event store
 * in one process, or intake's topic when the host has Kafka brokers; its plans' events are relayed under its contract.
 */
export function carePlanService(options: CarePlanServiceOptions): HostedService {
  return {
    module: (source) =>
      CarePlanModule.forRoot({
        consumes: options.consumes,
        personalDataMasterKey: options.personalDataMasterKey,
        settings: options.settings,
        ...(options.consumer ? { consumer: options.consumer } : {}),
        source: source.kind === 'kafka' ? { kafkaBrokers: source.brokers } : 'store',
      }),
    schema: { name: CARE_PLAN_SCHEMA, migrations: CARE_PLAN_MIGRATIONS },
    contract: CARE_PLAN_CONTRACT,
  };
}
