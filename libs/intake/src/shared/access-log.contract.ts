import {
  accessLogEvents,
  type AccessRefusal as ServiceAccessRefusal,
  type RecordAccess as ServiceRecordAccess,
  type PublishedEventContract,
} from '@casemgmt/messaging';

export type AccessSubject = 'client' | 'case' | 'consent';

/** What was read of intake's records: a client, a case or a consent. */
export type RecordAccess = ServiceRecordAccess<AccessSubject>;

/** A refused request for intake's client, case or consent data. */
export type AccessRefusal = ServiceAccessRefusal<AccessSubject>;

export const ACCESS_LOG_PUBLISHED_EVENTS: readonly PublishedEventContract[] = accessLogEvents(
  ['client', 'case', 'consent'],
  'a client, case or consent record',
);
