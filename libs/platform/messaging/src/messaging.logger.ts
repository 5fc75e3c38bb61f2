import { Logger } from '@nestjs/common';

/** Where the library logs; Nest's `Logger` fits, and so does any object with these methods. */
export interface MessagingLogger {
  log(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** Logs through Nest's `Logger` under `name`, so the application's logger configuration applies. */
export function nestMessagingLogger(name: string): MessagingLogger {
  const logger = new Logger(name);
  const line = (message: string, context?: Record<string, unknown>) =>
    context === undefined ? message : `${message} ${JSON.stringify(context, bigintAsString)}`;
  return {
    log: (message, context) => logger.log(line(message, context)),
    warn: (message, context) => logger.warn(line(message, context)),
    error: (message, context) => logger.error(line(message, context)),
  };
}

/** Logs nothing; for tests that assert on metrics instead of logs. */
export const SILENT_MESSAGING_LOGGER: MessagingLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

function bigintAsString(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
