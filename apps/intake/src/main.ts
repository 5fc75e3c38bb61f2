import { intakeOptionsOf } from '@casemgmt/intake';
import { authOptionsOf, createHttpApp, EnvironmentError, jsonLogger, validateEnvironment } from '@casemgmt/kernel';
import { IntakeAppModule } from './intake-app.module';
import { IntakeAppEnvironment } from './intake-app.environment';

async function bootstrap(): Promise<void> {
  const env = validateEnvironment(IntakeAppEnvironment);
  const logger = jsonLogger(env.LOG_LEVEL);
  logger.setContext('Intake');

  const app = await createHttpApp(
    IntakeAppModule.forRoot({
      databaseUrl: env.DATABASE_URL,
      ...(env.EVENTSTORE_CONNECTION_STRING ? { eventStoreDbConnectionString: env.EVENTSTORE_CONNECTION_STRING } : {}),
      ...(env.KAFKA_BROKERS ? { kafkaBrokers: env.KAFKA_BROKERS } : {}),
      auth: authOptionsOf(env),
      intake: intakeOptionsOf(env),
    }),
    {
      title: 'Intake',
      description:
        'Clients (duplicates, merge, corrections, erasure), cases (lifecycle, assignment, screenings, needs, eligibility) and 42 CFR Part 2 consents.',
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
  process.stderr.write(`intake failed to start: ${message}\n`);
  process.exit(1);
});
