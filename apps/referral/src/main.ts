import { AgencyEnvironment, HostModule, hostOptionsOf, withHostVariables } from '@casemgmt/host';
import { INTAKE_CONTRACT } from '@casemgmt/intake';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';
import { PROVIDER_DIRECTORY_CONTRACT } from '@casemgmt/provider-directory';
import { referralOptionsOf, referralService, withReferralVariables } from '@casemgmt/referral';

/** Every variable the referral app reads: the host's, the agency's and referral's own. */
class ReferralAppEnvironment extends withHostVariables(withReferralVariables(AgencyEnvironment)) {}

// Referral as a service of its own: with KAFKA_BROKERS it consumes intake's and the directory's topics, otherwise
// it follows the event store in its database; it asks intake at INTAKE_URL for the consent in force at each send.
runHttpService({
  name: 'referral',
  environment: () => validateEnvironment(ReferralAppEnvironment),
  module: (env) =>
    HostModule.forRoot({
      ...hostOptionsOf(env),
      services: [
        referralService({ ...referralOptionsOf(env), consumes: [INTAKE_CONTRACT, PROVIDER_DIRECTORY_CONTRACT] }),
      ],
    }),
  http: {
    title: 'Referral',
    description:
      'Closed-loop referrals of a case’s needs to community providers: the send checked against the consent in force, the partners’ inbox and webhooks, the funnel.',
    version: '0.1.0',
  },
  describe: (env) =>
    `intake's and the directory's events from ${hostOptionsOf(env).kafkaBrokers?.length ? 'Kafka' : 'the event store'}, consents from ${env.INTAKE_URL ?? 'this process'}`,
});
