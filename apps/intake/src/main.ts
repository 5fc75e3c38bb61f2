import { intakeOptionsOf } from '@casemgmt/intake';
import { authOptionsOf } from '@casemgmt/auth';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';
import { IntakeAppModule } from './intake-app.module';
import { IntakeAppEnvironment } from './intake-app.environment';

runHttpService({
  name: 'intake',
  environment: () => validateEnvironment(IntakeAppEnvironment),
  module: (env) =>
    IntakeAppModule.forRoot({
      databaseUrl: env.DATABASE_URL,
      ...(env.EVENTSTORE_CONNECTION_STRING ? { eventStoreDbConnectionString: env.EVENTSTORE_CONNECTION_STRING } : {}),
      ...(env.KAFKA_BROKERS ? { kafkaBrokers: env.KAFKA_BROKERS } : {}),
      auth: authOptionsOf(env),
      intake: intakeOptionsOf(env),
    }),
  http: {
    title: 'Intake',
    description:
      'Clients (duplicates, merge, corrections, erasure), cases (lifecycle, assignment, screenings, needs, eligibility) and 42 CFR Part 2 consents.',
    version: '0.1.0',
  },
});
