import { DomainError, type ErrorKind } from '@casemgmt/kernel';
import type { ExpectedVersion } from './event-store.port';

export type { ErrorKind } from '@casemgmt/kernel';

const KIND_BY_CODE = {
  'EVENT_STORE.WRONG_EXPECTED_VERSION': 'conflict',
  'EVENT_STORE.STREAM_NOT_FOUND': 'not_found',
  'EVENT_STORE.DUPLICATE_EVENT_ID': 'conflict',
  // Answered like an id already taken: neither the other tenant nor its stream's version is told (DESIGN §8).
  'EVENT_STORE.TENANT_MISMATCH': 'conflict',
  'EVENT_STORE.INVALID_APPEND': 'invalid',
} as const satisfies Record<string, ErrorKind>;

export type EventStoreErrorCode = keyof typeof KIND_BY_CODE;

/** What each error code carries. */
export interface EventStoreErrorDetails {
  'EVENT_STORE.WRONG_EXPECTED_VERSION': {
    readonly streamId: string;
    readonly expectedVersion: ExpectedVersion;
    /** The stream's version when the append was refused; 0 when it did not exist. */
    readonly actualVersion: number;
  };
  'EVENT_STORE.STREAM_NOT_FOUND': { readonly streamId: string };
  'EVENT_STORE.DUPLICATE_EVENT_ID': { readonly streamId: string; readonly eventIds: readonly string[] };
  /** Only the caller's own stream id: never the tenant the stream belongs to, nor its version. */
  'EVENT_STORE.TENANT_MISMATCH': { readonly streamId: string };
  'EVENT_STORE.INVALID_APPEND': { readonly streamId: string; readonly reason: string };
}

/** The one error class of the event store; `code` says what happened and `kind` how to answer it. */
export class EventStoreError<C extends EventStoreErrorCode = EventStoreErrorCode> extends DomainError {
  declare readonly code: C;
  declare readonly details: EventStoreErrorDetails[C];

  constructor(code: C, message: string, details: EventStoreErrorDetails[C]) {
    super(code, KIND_BY_CODE[code], message, details);
    this.name = 'EventStoreError';
  }

  static wrongExpectedVersion(
    streamId: string,
    expectedVersion: ExpectedVersion,
    actualVersion: number,
  ): EventStoreError<'EVENT_STORE.WRONG_EXPECTED_VERSION'> {
    return new EventStoreError(
      'EVENT_STORE.WRONG_EXPECTED_VERSION',
      `Stream ${streamId} is at version ${actualVersion}, expected ${String(expectedVersion)}`,
      { streamId, expectedVersion, actualVersion },
    );
  }

  static streamNotFound(streamId: string): EventStoreError<'EVENT_STORE.STREAM_NOT_FOUND'> {
    return new EventStoreError('EVENT_STORE.STREAM_NOT_FOUND', `Stream ${streamId} does not exist`, { streamId });
  }

  static duplicateEventId(
    streamId: string,
    eventIds: readonly string[],
  ): EventStoreError<'EVENT_STORE.DUPLICATE_EVENT_ID'> {
    return new EventStoreError(
      'EVENT_STORE.DUPLICATE_EVENT_ID',
      `Event ids already stored with other events: the append to ${streamId} is not a retry of an earlier one`,
      { streamId, eventIds },
    );
  }

  /** An append to a stream of another tenant; the caller learns no more than that the id is taken. */
  static tenantMismatch(streamId: string): EventStoreError<'EVENT_STORE.TENANT_MISMATCH'> {
    return new EventStoreError('EVENT_STORE.TENANT_MISMATCH', `Stream ${streamId} cannot be written: the id is taken`, {
      streamId,
    });
  }

  static invalidAppend(streamId: string, reason: string): EventStoreError<'EVENT_STORE.INVALID_APPEND'> {
    return new EventStoreError('EVENT_STORE.INVALID_APPEND', `Invalid append to ${streamId}: ${reason}`, {
      streamId,
      reason,
    });
  }
}

/** Narrows an unknown error to the event store's, optionally of one code. */
export function isEventStoreError<C extends EventStoreErrorCode>(
  error: unknown,
  code?: C,
): error is EventStoreError<C> {
  return error instanceof EventStoreError && (code === undefined || error.code === code);
}
