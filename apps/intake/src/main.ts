import { HostModule, hostOptionsOf } from '@casemgmt/host';
import { intakeOptionsOf, intakeService } from '@casemgmt/intake';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';
import { IntakeAppEnvironment } from './intake-app.environment';

// Intake as a service of its own (the distributed shape): with KAFKA_BROKERS its events are relayed to its topic.
runHttpService({
  name: 'intake',
  environment: () => validateEnvironment(IntakeAppEnvironment),
  module: (env) => HostModule.forRoot({ ...hostOptionsOf(env), services: [intakeService(intakeOptionsOf(env))] }),
  http: {
    title: 'Intake',
    description:
      'Clients (duplicates, merge, corrections, erasure), cases (lifecycle, assignment, screenings, needs, eligibility) and 42 CFR Part 2 consents.',
    version: '0.1.0',
  },
});
