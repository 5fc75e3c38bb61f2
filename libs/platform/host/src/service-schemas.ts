import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '@casemgmt/event-store';
import { migrateSchema } from '@casemgmt/kernel';
import type { ServiceSchema } from './hosted-service';

/** Injection token of the schemas of a host's services, in the order the host lists the services. */
export const SERVICE_SCHEMAS = Symbol('SERVICE_SCHEMAS');

/**
 * The one migrate-on-start: brings every hosted service's schema up to date, in order, before anything reads it
 * (projections, relays and consumers start at application bootstrap, after every module's init).
 */
@Injectable()
export class ServiceSchemas implements OnModuleInit {
  private readonly logger = new Logger('ServiceSchemas');

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(SERVICE_SCHEMAS) private readonly schemas: readonly ServiceSchema[],
  ) {}

  async onModuleInit(): Promise<void> {
    for (const schema of this.schemas) {
      const applied = await migrateSchema(this.pool, schema.name, schema.migrations);
      if (applied.length > 0) this.logger.log(`schema ${schema.name}: applied migrations ${applied.join(', ')}`);
    }
  }
}
