import { ConsoleLogger, type DynamicModule, type INestApplication, type LogLevel, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { DomainExceptionFilter } from './domain-exception.filter';
import { InputLimitsInterceptor, pathParamPatternsOf } from './input-limits.interceptor';
import { installJsonBodyParser } from './json-body.parser';
import { allowNullOnNullableReferences } from './nullable-references';
import { drainOversizedBodies } from './oversized-body';
import { createValidationPipe } from './validation.pipe';

export interface HttpAppOptions {
  readonly title: string;
  readonly description: string;
  readonly version: string;
  readonly logLevel: LogLevel;
  /** Largest accepted request body; case documents are JSON, not uploads. */
  readonly bodyLimitBytes?: number;
}

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export function jsonLogger(level: LogLevel): ConsoleLogger {
  return new ConsoleLogger({ json: true, colors: false, logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1) });
}

/**
 * Builds a service's HTTP application the one way every app does: Fastify, JSON logs, input limits (ADR 0015:
 * JSON depth, UUID path ids, no NUL characters), validation that names fields, one exception filter, OpenAPI at
 * /docs. Authentication comes from the module's AuthModule.
 */
export async function createHttpApp(
  module: Type<unknown> | DynamicModule,
  options: HttpAppOptions,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: options.bodyLimitBytes ?? 1_048_576, trustProxy: true });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: jsonLogger(options.logLevel),
    bufferLogs: true,
    // The one body parser is ours (JSON only, depth-checked); other content types answer 415.
    bodyParser: false,
  });
  installJsonBodyParser(app.getHttpAdapter().getInstance());
  drainOversizedBodies(app.getHttpAdapter().getInstance());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  const document = openApiDocumentOf(app, options);
  // The document says what each path parameter must look like, and the interceptor holds requests to it.
  app.useGlobalInterceptors(new InputLimitsInterceptor(pathParamPatternsOf(document)));
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
  return app;
}

/** What an OpenAPI document says of the app as a whole. */
export type OpenApiInfo = Pick<HttpAppOptions, 'title' | 'description' | 'version'>;

/**
 * The app's OpenAPI document, the one it serves at /docs: every route with its bearer authentication, and null
 * allowed where a DTO says a nested object may be null. Also built from an app created in Nest's preview mode
 * (nothing started, no database), which is how the console's client types are generated.
 */
export function openApiDocumentOf(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  return allowNullOnNullableReferences(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(info.title)
        .setDescription(info.description)
        .setVersion(info.version)
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
        .addSecurityRequirements('bearer')
        .build(),
    ),
  );
}
