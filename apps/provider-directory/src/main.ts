import { authOptionsOf } from '@casemgmt/auth';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';
import { ProviderDirectoryAppModule } from './provider-directory-app.module';
import { ProviderDirectoryEnvironment } from './provider-directory.environment';

runHttpService({
  name: 'provider-directory',
  environment: () => validateEnvironment(ProviderDirectoryEnvironment),
  module: (env) =>
    ProviderDirectoryAppModule.forRoot({
      databaseUrl: env.DATABASE_URL,
      ...(env.EVENTSTORE_CONNECTION_STRING ? { eventStoreDbConnectionString: env.EVENTSTORE_CONNECTION_STRING } : {}),
      ...(env.KAFKA_BROKERS ? { kafkaBrokers: env.KAFKA_BROKERS } : {}),
      auth: authOptionsOf(env),
    }),
  http: {
    title: 'Provider directory',
    description:
      'Open Referral HSDS 3.0 directory of community services: HSDS API, administration, capacity, search, history.',
    version: '0.1.0',
  },
});
