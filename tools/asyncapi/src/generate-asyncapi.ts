import { stringify } from 'yaml';
import {
  CE_HEADERS,
  ContractCatalog,
  CONTENT_TYPE_HEADER,
  JSON_CONTENT_TYPE,
  deadLetterTopicOf,
  publishedTypeOf,
  sourceOf,
  topicOf,
  type PublishedEventContract,
  type ServiceContract,
} from '@casemgmt/messaging';

export interface AsyncApiOptions {
  /** Version of the document (not of the AsyncAPI spec). */
  readonly version?: string;
  /** Address of the production brokers, as partners should use it. */
  readonly kafkaHost?: string;
}

type Json = Record<string, unknown>;

const KAFKA_BINDING_VERSION = '0.5.0';
const PAYLOAD_SCHEMA_FORMAT = 'application/schema+json;version=draft-07';

const DESCRIPTION = `Every service of the case-management platform publishes its events to one Kafka topic,
\`casemgmt.<service>.events.v1\`, as CloudEvents 1.0 in binary content mode: the CloudEvents attributes travel as
\`ce_*\` headers, the message value is the event's JSON data.

- **Key**: the case id where the event concerns a case, otherwise the aggregate id, so a case's events stay in order
  on one partition.
- **Delivery**: at least once. Deduplicate on \`ce_id\` (an inbox keyed by consumer and event id).
- **Types**: \`<service>.<EventType>.v<N>\`. A breaking change is published as a new version beside the old one.
- **Dead letters**: a consumer group's messages that cannot be handled go to \`<topic>.dlq.<group>\` with the
  original key, value and headers plus \`dlq_error\`, \`dlq_error_class\`, \`dlq_attempts\`, \`dlq_original_topic\`,
  \`dlq_original_partition\`, \`dlq_original_offset\` and \`dlq_failed_at\`.
- **Personal data** in payloads is encrypted per client; deleting the client's key makes it unreadable.`;

/** Kafka headers of every message: the CloudEvents binding's attributes and our extension attributes. */
function cloudEventHeaders(): Json {
  const text = (description: string, extra: Json = {}) => ({ type: 'string', description, ...extra });
  return {
    type: 'object',
    required: [
      CE_HEADERS.specversion,
      CE_HEADERS.id,
      CE_HEADERS.type,
      CE_HEADERS.source,
      CE_HEADERS.subject,
      CE_HEADERS.time,
      CONTENT_TYPE_HEADER,
      CE_HEADERS.tenantId,
      CE_HEADERS.correlationId,
      CE_HEADERS.actorId,
      CE_HEADERS.actorRole,
      CE_HEADERS.streamId,
      CE_HEADERS.streamVersion,
      CE_HEADERS.globalPosition,
      CE_HEADERS.recordedTime,
    ],
    properties: {
      [CE_HEADERS.specversion]: text('CloudEvents specification version.', { const: '1.0' }),
      [CE_HEADERS.id]: text('Event id (UUIDv7); unique per event, the same on every redelivery.', { format: 'uuid' }),
      [CE_HEADERS.type]: text('Published type: <service>.<EventType>.v<N>.'),
      [CE_HEADERS.source]: text('The publishing service: /casemgmt/<service>.'),
      [CE_HEADERS.subject]: text('The event stream: <category>-<aggregate id>.'),
      [CE_HEADERS.time]: text('When it happened in the world (may be back-dated by the worker), RFC 3339.', {
        format: 'date-time',
      }),
      [CONTENT_TYPE_HEADER]: text('Content type of the value (CloudEvents datacontenttype).', {
        const: JSON_CONTENT_TYPE,
      }),
      [CE_HEADERS.tenantId]: text('The agency (tenant) the event belongs to.'),
      [CE_HEADERS.correlationId]: text('Correlation id of the request or process that caused the event.'),
      [CE_HEADERS.causationId]: text('Id of the message that caused the event, where one did.'),
      [CE_HEADERS.caseId]: text('The case the event concerns, where one applies.'),
      [CE_HEADERS.clientId]: text('The client the event concerns, where one applies.'),
      [CE_HEADERS.actorId]: text('Who caused the event.'),
      [CE_HEADERS.actorRole]: text('The role they acted in.'),
      [CE_HEADERS.actorOnBehalfOf]: text('Whom they acted for, if anyone.'),
      [CE_HEADERS.reason]: text('Why a correction was made, where the event corrects an earlier one.'),
      [CE_HEADERS.traceparent]: text('W3C trace context of the request that caused the event.'),
      [CE_HEADERS.streamId]: text('The event stream (same as ce_subject).'),
      [CE_HEADERS.streamVersion]: text('Position of the event in its stream, from 1, as decimal text.', {
        pattern: '^[1-9][0-9]*$',
      }),
      [CE_HEADERS.globalPosition]: text('Position of the event in the store, as decimal text.', {
        pattern: '^[0-9]+$',
      }),
      [CE_HEADERS.recordedTime]: text('When the platform stored the event, RFC 3339.', { format: 'date-time' }),
    },
  };
}

function messageOf(contract: ServiceContract, event: PublishedEventContract): Json {
  const name = publishedTypeOf(contract.service, event.type, event.version);
  const examples = (event.examples ?? []).map((payload, index) => ({
    name: `${event.type}${index + 1}`,
    headers: {
      [CE_HEADERS.specversion]: '1.0',
      [CE_HEADERS.type]: name,
      [CE_HEADERS.source]: sourceOf(contract.service),
      [CONTENT_TYPE_HEADER]: JSON_CONTENT_TYPE,
    },
    payload,
  }));
  const sealed = event.sealed;
  const sealedNote =
    sealed === undefined
      ? undefined
      : sealed.length > 0
        ? `Sealed with the client's key in \`personal\` (unreadable once the key is shredded): ${sealed.join(', ')}.`
        : 'Nothing is sealed: the event carries ids, codes and times only.';
  const description = [event.description, sealedNote].filter((part) => part !== undefined).join('\n\n');
  return {
    name,
    title: `${event.type} v${event.version}`,
    summary: event.summary,
    ...(description ? { description } : {}),
    contentType: JSON_CONTENT_TYPE,
    headers: {
      allOf: [
        { $ref: '#/components/schemas/CloudEventHeaders' },
        {
          type: 'object',
          properties: {
            [CE_HEADERS.type]: { type: 'string', const: name },
            [CE_HEADERS.source]: { type: 'string', const: sourceOf(contract.service) },
          },
        },
      ],
    },
    payload: { schemaFormat: PAYLOAD_SCHEMA_FORMAT, schema: event.schema },
    correlationId: {
      description: 'Correlation across services',
      location: `$message.header#/${CE_HEADERS.correlationId}`,
    },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The case id, or the aggregate id where no case applies.' },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
    ...(examples.length > 0 ? { examples } : {}),
    ...(sealed !== undefined ? { 'x-sealed-fields': [...sealed] } : {}),
  };
}

/** The AsyncAPI 3.0 document of the services' published events, as a plain object. */
export function buildAsyncApiDocument(contracts: readonly ServiceContract[], options: AsyncApiOptions = {}): Json {
  // Checks names, versions and duplicates the same way the relay and the consumers do.
  new ContractCatalog(contracts);
  const channels: Json = {};
  const operations: Json = {};
  const messages: Json = {};
  for (const contract of contracts) {
    const topic = topicOf(contract.service);
    const names = contract.events.map((event) => publishedTypeOf(contract.service, event.type, event.version));
    channels[contract.service] = {
      address: topic,
      title: `${contract.service} events`,
      description:
        `${contract.description ?? `Events of the ${contract.service} service.`} ` +
        `Consumers that give up on a message move it to ${deadLetterTopicOf(topic, '<group>')}.`,
      servers: [{ $ref: '#/servers/production' }],
      messages: Object.fromEntries(names.map((name) => [name, { $ref: `#/components/messages/${name}` }])),
      bindings: { kafka: { topic, bindingVersion: KAFKA_BINDING_VERSION } },
    };
    operations[`${contract.service}.publish`] = {
      action: 'send',
      channel: { $ref: `#/channels/${contract.service}` },
      title: `${contract.service} publishes its events`,
      summary: `The ${contract.service} relay produces every stored event of the service, in store order, with acks from all in-sync replicas.`,
      messages: names.map((name) => ({ $ref: `#/channels/${contract.service}/messages/${name}` })),
    };
    contract.events.forEach((event, index) => {
      messages[names[index] as string] = messageOf(contract, event);
    });
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Case management platform events',
      version: options.version ?? '1.0.0',
      description: DESCRIPTION,
    },
    defaultContentType: JSON_CONTENT_TYPE,
    servers: {
      production: {
        host: options.kafkaHost ?? 'kafka.casemgmt.example:9092',
        protocol: 'kafka',
        protocolVersion: '3.9',
        description: "The agency's Kafka cluster; ask the platform team for the address and credentials.",
      },
    },
    channels,
    operations,
    components: { schemas: { CloudEventHeaders: cloudEventHeaders() }, messages },
  };
}

/** The document as YAML, with a header saying where it comes from. */
export function generateAsyncApiYaml(contracts: readonly ServiceContract[], options: AsyncApiOptions = {}): string {
  const body = stringify(buildAsyncApiDocument(contracts, options), { lineWidth: 0, aliasDuplicateObjects: false });
  return `# Generated from tools/asyncapi/src/contracts.ts by \`npm run asyncapi\`: edit the contracts, not this file.\n${body}`;
}
