import { describeEventStoreConformance } from '../conformance/event-store.conformance';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const connectionString = process.env['EVENTSTORE_CONNECTION_STRING'];

if (!connectionString) {
  process.stdout.write(
    'SKIPPED: EventStoreDB conformance suite - EVENTSTORE_CONNECTION_STRING is not set, so no EventStoreDB server was ' +
      'given. Set it (e.g. esdb://localhost:2113?tls=false) to run the same cases against EventStoreDB.\n',
  );
}

describeEventStoreConformance(
  'EventStoreDB',
  async (options) =>
    new EventStoreDbEventStore({
      connectionString: connectionString ?? '',
      ...options,
      subscriptions: { retryDelayMs: 20, maxRetryDelayMs: 200 },
    }),
  { skip: !connectionString },
);
