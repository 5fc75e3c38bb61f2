import { DomainError } from '@casemgmt/kernel';
import { EventStoreError, isEventStoreError } from './event-store.errors';

describe('EventStoreError', () => {
  it('carries the expected and actual versions of a concurrency conflict', () => {
    const error = EventStoreError.wrongExpectedVersion('intake.case-1', 3, 4);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      name: 'EventStoreError',
      code: 'EVENT_STORE.WRONG_EXPECTED_VERSION',
      kind: 'conflict',
      details: { streamId: 'intake.case-1', expectedVersion: 3, actualVersion: 4 },
    });
  });

  it.each([
    [EventStoreError.streamNotFound('s-1'), 'EVENT_STORE.STREAM_NOT_FOUND', 'not_found'],
    [EventStoreError.duplicateEventId('s-1', ['id']), 'EVENT_STORE.DUPLICATE_EVENT_ID', 'conflict'],
    [EventStoreError.tenantMismatch('s-1'), 'EVENT_STORE.TENANT_MISMATCH', 'conflict'],
    [EventStoreError.invalidAppend('s-1', 'no events'), 'EVENT_STORE.INVALID_APPEND', 'invalid'],
  ])('maps %s to its code and kind', (error, code, kind) => {
    expect(error).toMatchObject({ code, kind });
  });

  it('narrows unknown errors by code', () => {
    const error: unknown = EventStoreError.streamNotFound('s-1');
    expect(isEventStoreError(error)).toBe(true);
    expect(isEventStoreError(error, 'EVENT_STORE.STREAM_NOT_FOUND')).toBe(true);
    expect(isEventStoreError(error, 'EVENT_STORE.WRONG_EXPECTED_VERSION')).toBe(false);
    expect(isEventStoreError(new Error('other'))).toBe(false);
  });
});
