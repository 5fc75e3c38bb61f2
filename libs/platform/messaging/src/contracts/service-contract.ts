import { categoryOf } from '@casemgmt/event-store';
import { MessagingError } from '../messaging.errors';

/** A JSON Schema (draft-07) as a plain object. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The schema of an event's `data`: an object of exactly these properties, the `required` ones always present. */
export function eventDataSchema(
  required: Readonly<Record<string, JsonSchema>>,
  optional: Readonly<Record<string, JsonSchema>> = {},
): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: Object.keys(required),
    properties: { ...required, ...optional },
  };
}

/** An object of exactly these properties, the `required` ones always present (nested in an event's data). */
export function objectSchema(
  required: Readonly<Record<string, JsonSchema>>,
  optional: Readonly<Record<string, JsonSchema>> = {},
): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(required),
    properties: { ...required, ...optional },
  };
}

/**
 * An event's `personal` as it leaves the service that wrote it: the fields listed as sealed, sealed with the
 * client's own key (AES-256-GCM, see ADR 0008 and ADR 0014), or null once that key is shredded.
 */
export function sealedPersonalSchema(contents: string): JsonSchema {
  return {
    oneOf: [
      { type: 'null', description: 'Unreadable: the client’s personal data was erased' },
      {
        type: 'object',
        description: `${contents}, sealed with the client’s key (AES-256-GCM, see ADR 0008 and ADR 0014)`,
        additionalProperties: false,
        required: ['$sealed', 'keyId', 'iv', 'tag', 'ciphertext'],
        properties: {
          $sealed: { const: 'A256GCM' },
          keyId: { type: 'string' },
          iv: { type: 'string', contentEncoding: 'base64' },
          tag: { type: 'string', contentEncoding: 'base64' },
          ciphertext: { type: 'string', contentEncoding: 'base64' },
        },
      },
    ],
  };
}

/** One event type a service publishes: the stored type, the published version, and the JSON Schema of its data. */
export interface PublishedEventContract {
  /** The stored, unversioned type, e.g. `CaseOpened`. */
  readonly type: string;
  /** The published version; the type goes out as `<service>.<type>.v<version>`. */
  readonly version: number;
  readonly summary: string;
  readonly description?: string;
  /** JSON Schema (draft-07) of the event's `data`. */
  readonly schema: JsonSchema;
  /**
   * The fields of `data.personal`, sealed with the client's own key (AES-256-GCM, crypto-shredding): what a consumer
   * cannot read without the owning service, and what nobody can read once the client's key is shredded. Everything
   * else in `data` travels in clear.
   */
  readonly sealed?: readonly string[];
  /** Sample `data` values, shown in the AsyncAPI document. */
  readonly examples?: readonly Readonly<Record<string, unknown>>[];
}

/** What a service publishes: its stream categories (the relay reads these) and its event types. */
export interface ServiceContract {
  /** Service name, lowercase kebab-case: `intake`, `care-plan`, ... */
  readonly service: string;
  readonly description?: string;
  /**
   * Stream categories the service writes, `<service>.<aggregate>`: `intake.case`, `care-plan.plan`. The store cuts a
   * stream id's category at the first '-' after the service name, so an aggregate name cannot contain one.
   */
  readonly categories: readonly string[];
  readonly events: readonly PublishedEventContract[];
}

/** A published type, resolved. */
export interface PublishedEventType {
  readonly service: string;
  readonly storedType: string;
  readonly version: number;
  /** `<service>.<storedType>.v<version>` */
  readonly publishedType: string;
  readonly topic: string;
  readonly contract: PublishedEventContract;
}

const SERVICE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CATEGORY_NAME = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9_]*$/;
const EVENT_TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const PUBLISHED_TYPE = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.([A-Z][A-Za-z0-9]*)\.v([1-9][0-9]*)$/;

/** The Kafka topic of a service's events: `casemgmt.<service>.events.v1`. */
export function topicOf(service: string): string {
  return `casemgmt.${service}.events.v1`;
}

/** The dead-letter topic of a consumer group for a topic: `<topic>.dlq.<group>`. */
export function deadLetterTopicOf(topic: string, group: string): string {
  return `${topic}.dlq.${group}`;
}

/** The CloudEvents `source` of a service's events: `/casemgmt/<service>`. */
export function sourceOf(service: string): string {
  return `/casemgmt/${service}`;
}

export function publishedTypeOf(service: string, storedType: string, version: number): string {
  return `${service}.${storedType}.v${version}`;
}

/** Splits `intake.CaseOpened.v1` into its parts; undefined when the name does not follow the convention. */
export function parsePublishedType(
  publishedType: string,
): { readonly service: string; readonly storedType: string; readonly version: number } | undefined {
  const match = PUBLISHED_TYPE.exec(publishedType);
  if (!match) return undefined;
  return { service: match[1] ?? '', storedType: match[2] ?? '', version: Number(match[3]) };
}

/**
 * The published types of a set of contracts, checked once and looked up both ways: from a stored event (service,
 * stored type) when publishing, and from a published type when consuming.
 */
export class ContractCatalog {
  private readonly byPublished = new Map<string, PublishedEventType>();
  private readonly byStored = new Map<string, PublishedEventType>();
  private readonly services = new Map<string, ServiceContract>();
  private readonly byCategory = new Map<string, ServiceContract>();

  constructor(contracts: readonly ServiceContract[]) {
    for (const contract of contracts) this.add(contract);
  }

  get contracts(): readonly ServiceContract[] {
    return [...this.services.values()];
  }

  service(service: string): ServiceContract | undefined {
    return this.services.get(service);
  }

  /** The published type of a stored event, or undefined when its service's contract does not declare it. */
  forStored(service: string, storedType: string): PublishedEventType | undefined {
    return this.byStored.get(`${service}\u0000${storedType}`);
  }

  /** The published type of a stored event, found through its stream's category. */
  forStream(streamId: string, storedType: string): PublishedEventType | undefined {
    const contract = this.byCategory.get(categoryOf(streamId));
    return contract ? this.forStored(contract.service, storedType) : undefined;
  }

  forPublished(publishedType: string): PublishedEventType | undefined {
    return this.byPublished.get(publishedType);
  }

  private add(contract: ServiceContract): void {
    const invalid = (reason: string) =>
      new MessagingError('MESSAGING.INVALID_CONTRACT', `Contract of service '${contract.service}': ${reason}`);
    if (!SERVICE_NAME.test(contract.service)) throw invalid('the service name must be lowercase kebab-case');
    if (this.services.has(contract.service)) throw invalid('declared twice');
    for (const category of contract.categories) {
      if (!CATEGORY_NAME.test(category))
        throw invalid(`category '${category}' must be '<service>.<aggregate>', lowercase, the aggregate without '-'`);
      const owner = this.byCategory.get(category);
      if (owner) throw invalid(`category '${category}' is already declared by '${owner.service}'`);
    }
    for (const event of contract.events) {
      if (!EVENT_TYPE_NAME.test(event.type)) throw invalid(`event type '${event.type}' must be PascalCase`);
      if (!Number.isSafeInteger(event.version) || event.version < 1) {
        throw invalid(`event type '${event.type}' has version ${event.version}; versions start at 1`);
      }
      // Publishing two versions of one stored type side by side needs a mapping of the data, which no service
      // has needed yet: refuse rather than guess which version the relay should send.
      const storedKey = `${contract.service}\u0000${event.type}`;
      if (this.byStored.has(storedKey)) throw invalid(`event type '${event.type}' is declared twice`);
      const publishedType = publishedTypeOf(contract.service, event.type, event.version);
      const resolved: PublishedEventType = {
        service: contract.service,
        storedType: event.type,
        version: event.version,
        publishedType,
        topic: topicOf(contract.service),
        contract: event,
      };
      this.byStored.set(storedKey, resolved);
      this.byPublished.set(publishedType, resolved);
    }
    this.services.set(contract.service, contract);
    for (const category of contract.categories) this.byCategory.set(category, contract);
  }
}
