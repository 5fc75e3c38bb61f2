import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { MessagingError } from '../messaging.errors';
import type { ContractCatalog } from './service-contract';

/** Checks event data against the JSON Schema its contract declares; schemas are compiled once, on first use. */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly catalog: ContractCatalog) {
    // Not strict: contract schemas carry annotations (examples, descriptions) that ajv's strict mode rejects.
    this.ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(this.ajv);
  }

  /** Throws `MESSAGING.SCHEMA_VIOLATION` when `data` does not match; types without a contract pass unchecked. */
  assertValid(publishedType: string, data: unknown): void {
    const validate = this.validatorFor(publishedType);
    if (!validate || validate(data)) return;
    const problems = (validate.errors ?? []).map(
      (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
    );
    throw new MessagingError(
      'MESSAGING.SCHEMA_VIOLATION',
      `${publishedType} data does not match its schema: ${problems.join('; ')}`,
      { publishedType, problems },
    );
  }

  private validatorFor(publishedType: string): ValidateFunction | undefined {
    const cached = this.compiled.get(publishedType);
    if (cached) return cached;
    const published = this.catalog.forPublished(publishedType);
    if (!published) return undefined;
    const validate = this.ajv.compile(published.contract.schema);
    this.compiled.set(publishedType, validate);
    return validate;
  }
}
