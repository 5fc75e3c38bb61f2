import { type DynamicModule, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { EventStoreDbEventStore } from '../eventstoredb/eventstoredb-event-store';
import { type EventStore, type EventStoreLogger, type Upcasters } from '../event-store.port';
import { createPostgresEventStore, WARM_POOL } from '../postgres/postgres-event-store';

/** Injection token of the {@link EventStore}. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** Injection token of the service's PostgreSQL pool: read models and inboxes live there whatever the store. */
export const DATABASE_POOL = Symbol('DATABASE_POOL');

export const InjectEventStore = (): ParameterDecorator => Inject(EVENT_STORE);
export const InjectDatabasePool = (): ParameterDecorator => Inject(DATABASE_POOL);

export interface EventStoreModuleOptions {
  readonly databaseUrl: string;
  /** When set, events live in EventStoreDB; read models stay in PostgreSQL. */
  readonly eventStoreDbConnectionString?: string;
  readonly poolSize?: number;
  readonly upcasters?: Upcasters;
}

class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.pool.end();
  }
}

/** Provides the event store (PostgreSQL by default) and the database pool to every module of an app. */
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    const nestLogger = new Logger('EventStore');
    const logger: EventStoreLogger = {
      warn: (message, context) => nestLogger.warn({ msg: message, ...context }),
      error: (message, context) => nestLogger.error({ msg: message, ...context }),
    };
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        {
          provide: DATABASE_POOL,
          useFactory: () => {
            const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20, ...WARM_POOL });
            // An idle connection that the server drops (restart, failover, shutdown) must not end the process.
            pool.on('error', (error) =>
              nestLogger.warn({ msg: 'idle database connection failed', error: error.message }),
            );
            return pool;
          },
        },
        {
          provide: EVENT_STORE,
          inject: [DATABASE_POOL],
          useFactory: async (pool: Pool): Promise<EventStore> =>
            options.eventStoreDbConnectionString
              ? new EventStoreDbEventStore({
                  connectionString: options.eventStoreDbConnectionString,
                  upcasters: options.upcasters ?? {},
                  logger,
                })
              : createPostgresEventStore({ pool, upcasters: options.upcasters ?? {}, logger }),
        },
        EventStoreLifecycle,
      ],
      exports: [EVENT_STORE, DATABASE_POOL],
    };
  }
}
