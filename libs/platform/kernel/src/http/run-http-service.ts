import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EnvironmentError } from '../config/validate-environment';
import type { ServiceEnvironment } from '../config/service-environment';
import { createHttpApp, jsonLogger, type HttpAppOptions } from './create-http-app';

export interface HttpServiceDefinition<Env extends ServiceEnvironment> {
  /** Lowercase name, in the start-up failure message. */
  readonly name: string;
  /** Reads and validates the environment; an {@link EnvironmentError} stops the process with its message. */
  environment(): Env;
  /** Anything to start before the app (an embedded database); `stop` runs after the app has closed. */
  prepare?(env: Env, log: (message: string) => void): Promise<{ readonly stop?: () => Promise<void> } | void>;
  module(env: Env): Type<unknown> | DynamicModule | Promise<Type<unknown> | DynamicModule>;
  http: Omit<HttpAppOptions, 'logLevel'>;
  /** Anything the app serves beside its modules' routes (the console's files), added before it listens. */
  configure?(app: NestFastifyApplication, env: Env, log: (message: string) => void): Promise<void> | void;
  /** Added to the "listening on" line. */
  describe?(env: Env): string;
}

/**
 * The one bootstrap of every app: validated environment, the HTTP app, SIGINT/SIGTERM closing the app (then what
 * `prepare` started) and exiting 0, and a start-up failure printed on stderr with exit code 1.
 */
export function runHttpService<Env extends ServiceEnvironment>(definition: HttpServiceDefinition<Env>): void {
  const bootstrap = async (): Promise<void> => {
    const env = definition.environment();
    const logger = jsonLogger(env.LOG_LEVEL);
    logger.setContext(definition.http.title);
    const prepared = (await definition.prepare?.(env, (message) => logger.log(message))) ?? undefined;
    const app: NestFastifyApplication = await createHttpApp(await definition.module(env), {
      ...definition.http,
      logLevel: env.LOG_LEVEL,
    });

    await definition.configure?.(app, env, (message) => logger.log(message));

    let stopping = false;
    const shutdown = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal} received: closing`);
      await app.close();
      await prepared?.stop?.();
      process.exit(0);
    };
    process.once('SIGINT', (signal) => void shutdown(signal));
    process.once('SIGTERM', (signal) => void shutdown(signal));

    await app.listen({ port: env.PORT, host: env.HOST });
    const more = definition.describe?.(env);
    logger.log(`listening on ${await app.getUrl()} (OpenAPI at /docs)${more ? `, ${more}` : ''}`);
  };

  bootstrap().catch((error: unknown) => {
    const message =
      error instanceof EnvironmentError ? error.message : error instanceof Error ? error.stack : String(error);
    process.stderr.write(`${definition.name} failed to start: ${message}\n`);
    process.exit(1);
  });
}
