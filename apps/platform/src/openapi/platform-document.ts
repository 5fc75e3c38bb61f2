import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiDocumentOf, validateEnvironment } from '@casemgmt/kernel';
import { PlatformEnvironment } from '../platform.environment';
import { PLATFORM_HTTP, platformModule } from '../platform.module';

/**
 * The platform's OpenAPI document, built without a database: the app is created in Nest's preview mode, which reads
 * every module and route but starts nothing. The document does not depend on the environment's values; defaults
 * stand in for what is unset.
 */
export async function platformDocument(): Promise<OpenAPIObject> {
  const env = validateEnvironment(PlatformEnvironment, { NODE_ENV: 'development' });
  const app = await NestFactory.create(platformModule(env, 'postgres://127.0.0.1:5432/unused'), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return openApiDocumentOf(app, PLATFORM_HTTP);
  } finally {
    await app.close();
  }
}
