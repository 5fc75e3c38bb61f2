import { AUDIT_CONTRACT } from '@casemgmt/audit';
import { carePlanOptionsOf, carePlanService, withCarePlanVariables } from '@casemgmt/care-plan';
import { AgencyEnvironment, HostModule, hostOptionsOf, withHostVariables } from '@casemgmt/host';
import { INTAKE_CONTRACT } from '@casemgmt/intake';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';
import { REFERRAL_CONTRACT } from '@casemgmt/referral';

/** Every variable the care plan app reads: the host's, the agency's and care plan's own. */
class CarePlanAppEnvironment extends withHostVariables(withCarePlanVariables(AgencyEnvironment)) {}

// Care plan as a service of its own: with KAFKA_BROKERS it consumes intake's, referral's and audit's topics, otherwise it
// follows the event store in its database. The app gives it the contracts of the events it reads (ADR 0027).
runHttpService({
  name: 'care-plan',
  environment: () => validateEnvironment(CarePlanAppEnvironment),
  module: (env) =>
    HostModule.forRoot({
      ...hostOptionsOf(env),
      services: [
        carePlanService({ ...carePlanOptionsOf(env), consumes: [INTAKE_CONTRACT, REFERRAL_CONTRACT, AUDIT_CONTRACT] }),
      ],
    }),
  http: {
    title: 'Care plan',
    description:
      'Care plans of the cases intake opens (goals, interventions, approvals, reviews), on care plan’s own view of those cases fed by intake’s published events.',
    version: '0.1.0',
  },
  describe: (env) =>
    `intake's, referral's and audit's events from ${hostOptionsOf(env).kafkaBrokers?.length ? 'Kafka' : 'the event store'}`,
});
