import { join } from 'node:path';
import { intakeOptionsOf } from '@casemgmt/intake';
import {
  authOptionsOf,
  createHttpApp,
  EnvironmentError,
  jsonLogger,
  startEmbeddedDatabase,
  validateEnvironment,
} from '@casemgmt/kernel';
import { PlatformEnvironment } from './platform.environment';
import { PlatformModule } from './platform.module';

async function bootstrap(): Promise<void> {
  const env = validateEnvironment(PlatformEnvironment);
  const logger = jsonLogger(env.LOG_LEVEL);
  logger.setContext('Platform');

  const embedded = env.DATABASE_URL ? undefined : await startEmbeddedDatabase(join(env.DATA_DIR, 'postgres'));
  if (embedded) {
    logger.log(
      `DATABASE_URL is unset: embedded PostgreSQL started at 127.0.0.1:${embedded.port}, data in ${embedded.dataDir}`,
    );
  }
  const databaseUrl = env.DATABASE_URL ?? embedded?.url ?? '';

  const app = await createHttpApp(
    PlatformModule.forRoot({
      databaseUrl,
      auth: authOptionsOf(env),
      intake: intakeOptionsOf(env),
    }),
    {
      title: 'Case management platform',
      description: 'All-in-one deployment: intake, care plans, referrals, provider directory and audit.',
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
    await embedded?.stop();
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
  process.stderr.write(`platform failed to start: ${message}\n`);
  process.exit(1);
});
