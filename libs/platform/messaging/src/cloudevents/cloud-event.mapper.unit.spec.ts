import { Kafka as CloudEventsKafka, type KafkaMessage } from 'cloudevents';
import type { RecordedEvent } from '@casemgmt/event-store';
import { ContractCatalog } from '../contracts/service-contract';
import { isMessagingError } from '../messaging.errors';
import type { ConsumedMessage, OutgoingMessage } from '../messaging.port';
import { intakeSampleContract } from '../spec-fixtures/intake-sample.fixture';
import { fromKafkaMessage, partitionKeyOf, toKafkaMessage } from './cloud-event.mapper';

const catalog = new ContractCatalog([intakeSampleContract]);
const caseOpenedType = catalog.forStored('intake', 'CaseOpened')!;
const clientRegisteredType = catalog.forStored('intake', 'ClientRegistered')!;

function recorded(overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  return {
    eventId: '0190f3a1-7c2e-7000-8000-00000000abcd',
    type: 'CaseOpened',
    streamId: 'intake.case-0190f3a1-0000-7000-8000-000000000001',
    streamVersion: 1,
    globalPosition: 9_007_199_254_740_993n,
    logPosition: { commit: 812n, prepare: 9_007_199_254_740_993n },
    occurredAt: new Date('2026-11-20T09:30:00.000Z'),
    recordedAt: new Date('2026-11-20T09:30:01.250Z'),
    data: { caseId: 'case-42', clientId: 'client-9', priority: 'urgent' },
    metadata: {
      tenantId: 'tenant-a',
      actor: { id: 'worker-7', role: 'intake_worker', onBehalfOf: 'supervisor-2' },
      correlationId: 'corr-1',
      causationId: 'cause-1',
      caseId: 'case-42',
      clientId: 'client-9',
      reason: 'typo in intake date',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    },
    ...overrides,
  } as RecordedEvent;
}

function delivered(message: OutgoingMessage, offset = '17'): ConsumedMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) headers[name] = value.toString();
  return {
    topic: 'casemgmt.intake.events.v1',
    partition: 2,
    offset,
    key: message.key === null ? null : Buffer.from(message.key),
    value: message.value === null ? null : Buffer.from(message.value),
    headers,
    timestamp: '0',
  };
}

describe('CloudEvents binary mode on Kafka', () => {
  it('writes the core attributes, the content type and the extensions as ce_ headers, and the data as the value', () => {
    const message = toKafkaMessage(recorded(), caseOpenedType);

    expect(message.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: '0190f3a1-7c2e-7000-8000-00000000abcd',
      ce_type: 'intake.CaseOpened.v1',
      ce_source: '/casemgmt/intake',
      ce_subject: 'intake.case-0190f3a1-0000-7000-8000-000000000001',
      ce_time: '2026-11-20T09:30:00.000Z',
      'content-type': 'application/json',
      ce_tenantid: 'tenant-a',
      ce_correlationid: 'corr-1',
      ce_causationid: 'cause-1',
      ce_caseid: 'case-42',
      ce_clientid: 'client-9',
      ce_actorid: 'worker-7',
      ce_actorrole: 'intake_worker',
      ce_actoronbehalfof: 'supervisor-2',
      ce_reason: 'typo in intake date',
      ce_traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      ce_streamid: 'intake.case-0190f3a1-0000-7000-8000-000000000001',
      ce_streamversion: '1',
      ce_globalposition: '9007199254740993',
      ce_recordedtime: '2026-11-20T09:30:01.250Z',
    });
    expect(JSON.parse(String(message.value))).toEqual({ caseId: 'case-42', clientId: 'client-9', priority: 'urgent' });
  });

  it('leaves optional attributes out instead of sending them empty', () => {
    const message = toKafkaMessage(
      recorded({ metadata: { tenantId: 't', actor: { id: 'a', role: 'r' }, correlationId: 'c' } }),
      caseOpenedType,
    );

    expect(
      Object.keys(message.headers).filter((name) => /causation|caseid|clientid|behalf|reason|traceparent/.test(name)),
    ).toEqual([]);
  });

  it('keys by case id, and by the aggregate id where no case applies', () => {
    expect(partitionKeyOf(recorded())).toBe('case-42');
    expect(
      partitionKeyOf({
        streamId: 'intake.client-0190f3a1-0000-7000-8000-000000000009',
        metadata: { tenantId: 't', actor: { id: 'a', role: 'r' }, correlationId: 'c' },
      }),
    ).toBe('0190f3a1-0000-7000-8000-000000000009');
    expect(
      partitionKeyOf({
        streamId: 'provider-directory.organization-0190f3a1-0000-7000-8000-00000000000a',
        metadata: { tenantId: 't', actor: { id: 'a', role: 'r' }, correlationId: 'c' },
      }),
    ).toBe('0190f3a1-0000-7000-8000-00000000000a');
  });

  it('is read by the CloudEvents SDK as a partner would, and passes its validation', () => {
    const message = toKafkaMessage(recorded(), caseOpenedType);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(message.headers)) headers[name] = value.toString();

    const event = CloudEventsKafka.toEvent({
      headers,
      key: message.key,
      value: message.value,
      timestamp: '1763631000000',
    } as unknown as KafkaMessage<string>) as unknown as Record<string, unknown> & { validate(): boolean };

    expect(event.validate()).toBe(true);
    expect(event).toMatchObject({
      specversion: '1.0',
      id: '0190f3a1-7c2e-7000-8000-00000000abcd',
      type: 'intake.CaseOpened.v1',
      source: '/casemgmt/intake',
      subject: 'intake.case-0190f3a1-0000-7000-8000-000000000001',
      time: '2026-11-20T09:30:00.000Z',
      datacontenttype: 'application/json',
      tenantid: 'tenant-a',
      actorid: 'worker-7',
      streamversion: '1',
      globalposition: '9007199254740993',
      partitionkey: 'case-42',
    });
    expect(event['data']).toEqual({ caseId: 'case-42', clientId: 'client-9', priority: 'urgent' });
  });

  it('reads back what it writes: envelope, metadata and origin', () => {
    const original = recorded();
    const event = fromKafkaMessage(delivered(toKafkaMessage(original, caseOpenedType)));

    expect(event).toEqual({
      type: 'intake.CaseOpened.v1',
      eventId: original.eventId,
      service: 'intake',
      source: '/casemgmt/intake',
      streamId: original.streamId,
      streamVersion: 1,
      globalPosition: 9_007_199_254_740_993n,
      occurredAt: original.occurredAt,
      recordedAt: original.recordedAt,
      data: original.data,
      metadata: original.metadata,
      origin: { kind: 'kafka', topic: 'casemgmt.intake.events.v1', partition: 2, offset: '17', key: 'case-42' },
    });
  });

  it('reads back an event without optional metadata', () => {
    const metadata = { tenantId: 't', actor: { id: 'a', role: 'r' }, correlationId: 'c' };
    const event = fromKafkaMessage(
      delivered(
        toKafkaMessage(recorded({ type: 'ClientRegistered', data: { clientId: 'x' }, metadata }), clientRegisteredType),
      ),
    );

    expect(event.metadata).toEqual(metadata);
    expect(event.origin).toMatchObject({ kind: 'kafka', key: '0190f3a1-0000-7000-8000-000000000001' });
  });

  it.each([
    ['a missing ce_id', (m: ConsumedMessage) => ({ ...m, headers: { ...m.headers, ce_id: '' } })],
    ['an id that is not a UUID', (m: ConsumedMessage) => ({ ...m, headers: { ...m.headers, ce_id: 'abc' } })],
    ['another spec version', (m: ConsumedMessage) => ({ ...m, headers: { ...m.headers, ce_specversion: '0.3' } })],
    ['an unversioned type', (m: ConsumedMessage) => ({ ...m, headers: { ...m.headers, ce_type: 'CaseOpened' } })],
    ['a value that is not JSON', (m: ConsumedMessage) => ({ ...m, value: Buffer.from('{not json') })],
    ['a JSON value that is not an object', (m: ConsumedMessage) => ({ ...m, value: Buffer.from('[1,2]') })],
    ['no value', (m: ConsumedMessage) => ({ ...m, value: null })],
    [
      'a stream version that is not a number',
      (m: ConsumedMessage) => ({ ...m, headers: { ...m.headers, ce_streamversion: 'x' } }),
    ],
  ])('refuses a message with %s as unparseable', (_case, corrupt) => {
    const message = corrupt(delivered(toKafkaMessage(recorded(), caseOpenedType)));

    let caught: unknown;
    try {
      fromKafkaMessage(message);
    } catch (error) {
      caught = error;
    }
    expect(isMessagingError(caught, 'MESSAGING.UNPARSEABLE_MESSAGE')).toBe(true);
  });
});
