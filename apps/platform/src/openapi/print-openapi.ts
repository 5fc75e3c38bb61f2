// Prints the platform's OpenAPI document on stdout, built without a database: the app is created in Nest's preview
// mode, which reads every module and route but starts nothing. The console's client types are generated from it.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { openApiDocumentOf, validateEnvironment } from '@casemgmt/kernel';
import { PlatformEnvironment } from '../platform.environment';
import { PLATFORM_HTTP, platformModule } from '../platform.module';

async function main(): Promise<void> {
  // The document does not depend on the environment's values; defaults stand in for what is unset.
  const env = validateEnvironment(PlatformEnvironment, { NODE_ENV: 'development' });
  const app = await NestFactory.create(platformModule(env, 'postgres://127.0.0.1:5432/unused'), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  const document = openApiDocumentOf(app, PLATFORM_HTTP);
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`openapi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
