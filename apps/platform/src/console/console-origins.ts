import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** A comma-separated list of origins (`https://console.county.example`): scheme, host and port, no path. */
export const CONSOLE_ORIGINS_PATTERN = /^https?:\/\/[^\s,/]+(,https?:\/\/[^\s,/]+)*$/;

/** The origins in CONSOLE_ORIGINS, without duplicates; none when it is unset or empty. */
export function consoleOriginsOf(value: string | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Lets a console deployed on its own origin call this API from the browser (CORS), for exactly the origins listed
 * and no other. Tokens travel in the Authorization header, never in cookies, so no credentials are allowed; the
 * headers a console reads from an answer (a download's file name, the request's correlation id) are exposed.
 */
export function allowConsoleOrigins(
  app: NestFastifyApplication,
  origins: readonly string[],
  log: (message: string) => void,
): void {
  if (origins.length === 0) return;
  app.enableCors({
    origin: [...origins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'accept', 'x-correlation-id', 'traceparent'],
    exposedHeaders: ['content-disposition', 'x-correlation-id', 'location'],
    credentials: false,
    maxAge: 600,
  });
  log(`the API answers browsers of the console at ${origins.join(', ')} (CORS)`);
}
