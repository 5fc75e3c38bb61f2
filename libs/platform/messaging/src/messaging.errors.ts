import { DomainError, type ErrorKind } from '@casemgmt/kernel';

const KIND_BY_CODE = {
  /** A message that is not a CloudEvent of ours: missing or malformed headers, a value that is not JSON. */
  'MESSAGING.UNPARSEABLE_MESSAGE': 'invalid',
  /** The event's data does not match the JSON Schema of its published type. */
  'MESSAGING.SCHEMA_VIOLATION': 'invalid',
  /** A handler's verdict that retrying cannot help: the message goes straight to the dead-letter topic. */
  'MESSAGING.POISON_MESSAGE': 'unprocessable',
  /** A stored event whose type the service's contract does not declare: the relay refuses to publish it. */
  'MESSAGING.UNDECLARED_EVENT_TYPE': 'unprocessable',
  /** A contract or handler map that cannot work (bad names, duplicates, handlers for unknown types). */
  'MESSAGING.INVALID_CONTRACT': 'invalid',
  /** The event store gave the subscription handler no transaction (an adapter without checkpoints). */
  'MESSAGING.NO_TRANSACTION': 'unavailable',
} as const satisfies Record<string, ErrorKind>;

export type MessagingErrorCode = keyof typeof KIND_BY_CODE;

const NON_RETRYABLE: ReadonlySet<MessagingErrorCode> = new Set<MessagingErrorCode>([
  'MESSAGING.UNPARSEABLE_MESSAGE',
  'MESSAGING.SCHEMA_VIOLATION',
  'MESSAGING.POISON_MESSAGE',
]);

/** The one error class of the messaging library; `code` says what happened. */
export class MessagingError extends DomainError {
  constructor(
    override readonly code: MessagingErrorCode,
    message: string,
    details?: Readonly<Record<string, unknown>>,
  ) {
    super(code, KIND_BY_CODE[code], message, details);
    this.name = 'MessagingError';
  }

  /** Throw this from a handler when the message can never succeed: it is dead-lettered without further attempts. */
  static poison(reason: string, details?: Readonly<Record<string, unknown>>): MessagingError {
    return new MessagingError('MESSAGING.POISON_MESSAGE', reason, details);
  }
}

export function isMessagingError(error: unknown, code?: MessagingErrorCode): error is MessagingError {
  return error instanceof MessagingError && (code === undefined || error.code === code);
}

/** False for errors that a later attempt cannot fix (parse, schema, poison verdicts); true for everything else. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof MessagingError && NON_RETRYABLE.has(error.code));
}

/** A short class name for metrics and dead-letter headers: the messaging code, or the error's name. */
export function errorClassOf(error: unknown): string {
  if (error instanceof DomainError) return error.code;
  if (error instanceof Error) return error.name;
  return typeof error;
}

export function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// SQLSTATE classes that mean the database, not the event, is the problem: connection exceptions, insufficient
// resources, operator intervention (a restart), system errors.
const UNAVAILABLE_SQLSTATE_CLASSES = ['08', '53', '57', '58'];

/**
 * True for failures of the infrastructure rather than of the event (the database unreachable or restarting): a
 * consumer stops and is redelivered the message later instead of dead-lettering it.
 */
export function isInfrastructureError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (/^E[A-Z]+$/.test(code)) return true; // Node socket errors: ECONNREFUSED, ECONNRESET, ETIMEDOUT ...
    if (/^[0-9A-Z]{5}$/.test(code) && UNAVAILABLE_SQLSTATE_CLASSES.includes(code.slice(0, 2))) return true;
  }
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(error.message);
}
