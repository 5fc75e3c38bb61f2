import type { HostedService } from '@casemgmt/host';
import type { ServiceContract } from '@casemgmt/messaging';
import { REFERRAL_CONTRACT } from './referral.contract';
import { REFERRAL_MIGRATIONS, REFERRAL_SCHEMA } from './referral.migrations';
import { ReferralModule } from './referral.module';
import type { ReferralSettings } from './shared/referral-settings';
import type { WebhookOptions } from './webhook/webhook.providers';

export interface ReferralServiceOptions {
  /** The contracts of the services referral follows (intake's and the directory's): the app gives them. */
  readonly consumes: readonly ServiceContract[];
  readonly consumer?: string;
  /** Base64 of the 32-byte key that wraps every client's data key: the same one intake seals with. */
  readonly personalDataMasterKey: string;
  readonly settings: ReferralSettings;
  /** Where intake answers; the host's own routes when left out (all-in-one). */
  readonly intakeUrl?: string;
  /** How partners' webhooks are polled and retried (tests shorten the delays). */
  readonly webhooks?: Partial<WebhookOptions>;
}

/**
 * Referral as a host runs it: the `referral` schema, and a module that follows intake's and the directory's events
 * in the event store in one process, or their topics when the host has Kafka brokers; its referrals' events are
 * relayed under its contract.
 */
export function referralService(options: ReferralServiceOptions): HostedService {
  return {
    module: (source) =>
      ReferralModule.forRoot({
        consumes: options.consumes,
        personalDataMasterKey: options.personalDataMasterKey,
        settings: options.settings,
        ...(options.consumer ? { consumer: options.consumer } : {}),
        ...(options.intakeUrl ? { intakeUrl: options.intakeUrl } : {}),
        ...(options.webhooks ? { webhooks: options.webhooks } : {}),
        source: source.kind === 'kafka' ? { kafkaBrokers: source.brokers } : 'store',
      }),
    schema: { name: REFERRAL_SCHEMA, migrations: REFERRAL_MIGRATIONS },
    contract: REFERRAL_CONTRACT,
  };
}
