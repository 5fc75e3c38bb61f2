// The referral service: its module as a host runs it, its published language, and its configuration.
export { referralService, type ReferralServiceOptions } from './referral.service';
export {
  ReferralModule,
  REFERRAL_CONSUMER,
  REFERRAL_EVENT_SOURCE,
  REFERRAL_OWN_SOURCES,
  type ReferralModuleOptions,
  type ReferralSource,
} from './referral.module';
export { REFERRAL_MIGRATIONS, REFERRAL_SCHEMA } from './referral.migrations';
export { REFERRAL_CONTRACT } from './referral.contract';
export { referralOptionsOf, withReferralVariables } from './referral.environment';
export { referralDecider, REFERRAL_TRANSITIONS } from './referral/referral.decider';
export type { ReferralCommand, ReferralEvent, ReferralState } from './referral/referral.decider';
export type { ReferralSettings, ReferralProgramSettings } from './shared/referral-settings';
export { signatureOf, verifySignature } from './webhook/webhook-signature';
export { WebhookSecrets } from './webhook/webhook-secrets';
