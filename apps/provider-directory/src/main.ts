import { authOptionsOf, createHttpApp, EnvironmentError, jsonLogger, validateEnvironment } from '@casemgmt/kernel';
import { ProviderDirectoryAppModule } from './provider-directory-app.module';
import { ProviderDirectoryEnvironment } from './provider-directory.environment';

async function bootstrap(): Promise<void> {
  const env = validateEnvironment(ProviderDirectoryEnvironment);
  const logger = jsonLogger(env.LOG_LEVEL);
  logger.setContext('ProviderDirectory');

  const app = await createHttpApp(
    ProviderDirectoryAppModule.forRoot({
      databaseUrl: env.DATABASE_URL,
      ...(env.EVENTSTORE_CONNECTION_STRING ? { eventStoreDbConnectionString: env.EVENTSTORE_CONNECTION_STRING } : {}),
      ...(env.KAFKA_BROKERS ? { kafkaBrokers: env.KAFKA_BROKERS } : {}),
      auth: authOptionsOf(env),
    }),
    {
      title: 'Provider directory',
      description:
        'Open Referral HSDS 3.0 directory of community services: HSDS API, administration, capacity, search, history.',
      version: '0.1.0',
      logLevel: env.LOG_LEVEL,
    },
  );

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: closing`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));

  await app.listen({ port: env.PORT, host: env.HOST });
  logger.log(`listening on ${await app.getUrl()} (OpenAPI at /docs)`);
}

bootstrap().catch((error: unknown) => {
  const message =
    error instanceof EnvironmentError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`provider-directory failed to start: ${message}\n`);
  process.exit(1);
});
