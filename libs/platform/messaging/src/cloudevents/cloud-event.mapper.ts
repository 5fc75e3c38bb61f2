import { categoryOf, type EventMetadata, type RecordedEvent } from '@casemgmt/event-store';
import type { IncomingEvent } from '../incoming-event';
import { MessagingError } from '../messaging.errors';
import type { ConsumedMessage, OutgoingMessage } from '../messaging.port';
import { parsePublishedType, sourceOf, type PublishedEventType } from '../contracts/service-contract';

/**
 * Kafka headers of the CloudEvents binary content mode (CloudEvents 1.0 Kafka protocol binding): the core attributes
 * and our extension attributes, each `ce_<name>` with `<name>` lowercase alphanumeric as the spec requires.
 */
export const CE_HEADERS = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  subject: 'ce_subject',
  time: 'ce_time',
  tenantId: 'ce_tenantid',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  caseId: 'ce_caseid',
  clientId: 'ce_clientid',
  actorId: 'ce_actorid',
  actorRole: 'ce_actorrole',
  actorOnBehalfOf: 'ce_actoronbehalfof',
  reason: 'ce_reason',
  traceparent: 'ce_traceparent',
  streamId: 'ce_streamid',
  streamVersion: 'ce_streamversion',
  globalPosition: 'ce_globalposition',
  recordedTime: 'ce_recordedtime',
} as const;

export const CONTENT_TYPE_HEADER = 'content-type';
export const JSON_CONTENT_TYPE = 'application/json';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIMAL = /^(0|[1-9][0-9]*)$/;

/** The Kafka key of an event: its case id, else the aggregate id (the part of the stream id after its category). */
export function partitionKeyOf(event: Pick<RecordedEvent, 'streamId' | 'metadata'>): string {
  if (event.metadata.caseId) return event.metadata.caseId;
  const category = categoryOf(event.streamId);
  return category === event.streamId ? event.streamId : event.streamId.slice(category.length + 1);
}

/** A stored event as a Kafka message in CloudEvents binary mode; the value is the event's JSON `data`. */
export function toKafkaMessage(event: RecordedEvent, published: PublishedEventType): OutgoingMessage {
  const { metadata } = event;
  const headers: Record<string, string> = {
    [CE_HEADERS.specversion]: '1.0',
    [CE_HEADERS.id]: event.eventId,
    [CE_HEADERS.type]: published.publishedType,
    [CE_HEADERS.source]: sourceOf(published.service),
    [CE_HEADERS.subject]: event.streamId,
    [CE_HEADERS.time]: event.occurredAt.toISOString(),
    [CONTENT_TYPE_HEADER]: JSON_CONTENT_TYPE,
    [CE_HEADERS.tenantId]: metadata.tenantId,
    [CE_HEADERS.correlationId]: metadata.correlationId,
    [CE_HEADERS.actorId]: metadata.actor.id,
    [CE_HEADERS.actorRole]: metadata.actor.role,
    [CE_HEADERS.streamId]: event.streamId,
    [CE_HEADERS.streamVersion]: String(event.streamVersion),
    [CE_HEADERS.globalPosition]: event.globalPosition.toString(),
    [CE_HEADERS.recordedTime]: event.recordedAt.toISOString(),
  };
  // Optional attributes are left out rather than sent empty: CloudEvents has no null.
  if (metadata.causationId) headers[CE_HEADERS.causationId] = metadata.causationId;
  if (metadata.caseId) headers[CE_HEADERS.caseId] = metadata.caseId;
  if (metadata.clientId) headers[CE_HEADERS.clientId] = metadata.clientId;
  if (metadata.actor.onBehalfOf) headers[CE_HEADERS.actorOnBehalfOf] = metadata.actor.onBehalfOf;
  if (metadata.reason) headers[CE_HEADERS.reason] = metadata.reason;
  if (metadata.traceparent) headers[CE_HEADERS.traceparent] = metadata.traceparent;
  return { key: partitionKeyOf(event), value: JSON.stringify(event.data), headers };
}

/**
 * Reads a Kafka message written by {@link toKafkaMessage}. Throws `MESSAGING.UNPARSEABLE_MESSAGE` when a required
 * header is missing or malformed, or the value is not a JSON object: no later attempt can fix that.
 */
export function fromKafkaMessage(message: ConsumedMessage): IncomingEvent {
  const headers = message.headers;
  const fail = (reason: string): never => {
    throw new MessagingError(
      'MESSAGING.UNPARSEABLE_MESSAGE',
      `Message ${message.topic}/${message.partition}@${message.offset}: ${reason}`,
      {
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
      },
    );
  };
  const required = (name: string): string => {
    const value = headers[name];
    return value === undefined || value === '' ? fail(`header ${name} is missing`) : value;
  };
  const optional = (name: string): string | undefined => {
    const value = headers[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const date = (name: string): Date => {
    const value = new Date(required(name));
    return Number.isNaN(value.getTime()) ? fail(`header ${name} is not a timestamp`) : value;
  };
  const decimal = (name: string): string => {
    const value = required(name);
    return DECIMAL.test(value) ? value : fail(`header ${name} is not a non-negative integer`);
  };

  if (required(CE_HEADERS.specversion) !== '1.0')
    fail(`CloudEvents spec version ${headers[CE_HEADERS.specversion]} is not 1.0`);
  const eventId = required(CE_HEADERS.id).toLowerCase();
  if (!UUID.test(eventId)) fail(`ce_id ${eventId} is not a UUID`);
  const type = required(CE_HEADERS.type);
  const parsedType = parsePublishedType(type) ?? fail(`ce_type ${type} is not <service>.<EventType>.v<N>`);
  const contentType = optional(CONTENT_TYPE_HEADER);
  if (contentType !== undefined && !contentType.startsWith(JSON_CONTENT_TYPE))
    fail(`content type ${contentType} is not JSON`);

  let data: unknown;
  try {
    data = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    fail('the value is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('the value is not a JSON object');

  const onBehalfOf = optional(CE_HEADERS.actorOnBehalfOf);
  const metadata: EventMetadata = {
    tenantId: required(CE_HEADERS.tenantId),
    correlationId: required(CE_HEADERS.correlationId),
    actor: {
      id: required(CE_HEADERS.actorId),
      role: required(CE_HEADERS.actorRole),
      ...(onBehalfOf === undefined ? {} : { onBehalfOf }),
    },
    ...optionalEntries({
      causationId: optional(CE_HEADERS.causationId),
      caseId: optional(CE_HEADERS.caseId),
      clientId: optional(CE_HEADERS.clientId),
      reason: optional(CE_HEADERS.reason),
      traceparent: optional(CE_HEADERS.traceparent),
    }),
  };
  return {
    type,
    eventId,
    service: parsedType.service,
    source: required(CE_HEADERS.source),
    streamId: required(CE_HEADERS.streamId),
    streamVersion: Number(decimal(CE_HEADERS.streamVersion)),
    globalPosition: BigInt(decimal(CE_HEADERS.globalPosition)),
    occurredAt: date(CE_HEADERS.time),
    recordedAt: date(CE_HEADERS.recordedTime),
    data: data as Record<string, unknown>,
    metadata,
    origin: {
      kind: 'kafka',
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key?.toString('utf8') ?? null,
    },
  };
}

/** A stored event as a handler receives it from the store's subscription. */
export function fromRecordedEvent(
  event: RecordedEvent,
  published: PublishedEventType,
  subscriptionId: string,
): IncomingEvent {
  return {
    type: published.publishedType,
    eventId: event.eventId,
    service: published.service,
    source: sourceOf(published.service),
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    globalPosition: event.globalPosition,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: event.metadata,
    origin: { kind: 'store', subscriptionId, logPosition: event.logPosition },
  };
}

function optionalEntries<T extends Record<string, string | undefined>>(entries: T): Partial<Record<keyof T, string>> {
  const present: Partial<Record<keyof T, string>> = {};
  for (const [name, value] of Object.entries(entries)) if (value !== undefined) present[name as keyof T] = value;
  return present;
}
