import { carePlanService } from '@casemgmt/care-plan';
import { HostEnvironment, HostModule, hostOptionsOf } from '@casemgmt/host';
import { INTAKE_CONTRACT } from '@casemgmt/intake';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';

// Care plan as a service of its own: with KAFKA_BROKERS it consumes intake's topic, otherwise it follows the event
// store in its database. The app gives it the contract of the events it reads (ADR 0027).
runHttpService({
  name: 'care-plan',
  environment: () => validateEnvironment(HostEnvironment),
  module: (env) =>
    HostModule.forRoot({ ...hostOptionsOf(env), services: [carePlanService({ consumes: [INTAKE_CONTRACT] })] }),
  http: {
    title: 'Care plan',
    description: 'Care plan’s own view of the cases it serves, fed by intake’s published events.',
    version: '0.1.0',
  },
  describe: (env) => `intake's events from ${hostOptionsOf(env).kafkaBrokers?.length ? 'Kafka' : 'the event store'}`,
});
