import { authOptionsOf, createHttpApp, EnvironmentError, jsonLogger, validateEnvironment } from '@casemgmt/kernel';
import { brokerList } from '@casemgmt/messaging';
import { AuditAppModule } from './audit-app.module';
import { AuditEnvironment } from './audit.environment';

async function bootstrap(): Promise<void> {
  const env = validateEnvironment(AuditEnvironment);
  const logger = jsonLogger(env.LOG_LEVEL);
  logger.setContext('Audit');
  const brokers = brokerList(env.KAFKA_BROKERS ?? '');

  const app = await createHttpApp(
    AuditAppModule.forRoot({
      databaseUrl: env.DATABASE_URL,
      auth: authOptionsOf(env),
      source: brokers.length > 0 ? { kafkaBrokers: brokers } : 'store',
    }),
    {
      title: 'Audit',
      description:
        'Tamper-evident audit trail: every published event in a per-tenant hash chain, case timelines, case state ' +
        'as of any date, and chain verification. Auditors only; read-only.',
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
  logger.log(
    `listening on ${await app.getUrl()} (OpenAPI at /docs), events from ${brokers.length > 0 ? 'Kafka' : 'the event store'}`,
  );
}

bootstrap().catch((error: unknown) => {
  const message =
    error instanceof EnvironmentError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`audit failed to start: ${message}\n`);
  process.exit(1);
});
