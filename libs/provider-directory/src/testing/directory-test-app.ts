import { Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { AuthModule, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, signDevelopmentToken, type Role } from '@casemgmt/auth';
import { EVENT_STORE, EventStoreModule, type EventStore } from '@casemgmt/event-store';
import { createHttpApp } from '@casemgmt/kernel';
import { projectionsCaughtUp } from '@casemgmt/read-model';
import { HsdsImporter } from '../hsds/import/hsds-importer';
import { hsdsStandardDir } from '../hsds/hsds-schemas';
import { PROVIDER_DIRECTORY_PROJECTIONS, ProviderDirectoryModule } from '../provider-directory.module';

/** The HSDS 3.0 reference copy of the repository (schemas and examples). */
export const HSDS_STANDARD_DIR = hsdsStandardDir();

/** The directory as the int specs run it: a Nest app on Fastify over a database of the suite's own. */
export interface DirectoryTestApp {
  readonly app: NestFastifyApplication;
  readonly store: EventStore;
  readonly importer: HsdsImporter;
  /** A pool of the spec's own, for counting events and reading checkpoints. */
  readonly pool: Pool;
  /** `Authorization` header of a development token of the tenant (default county-a). */
  bearer(
    roles: readonly Role[],
    options?: { readonly tenant?: string; readonly org?: string; readonly sub?: string },
  ): Promise<string>;
  /** Resolves once every projection of the directory has caught up with every directory event. */
  projectionsCaughtUp(timeoutMs?: number): Promise<void>;
  countEvents(): Promise<number>;
  close(): Promise<void>;
}

@Module({})
class DirectoryTestRoot {
  static forRoot(databaseUrl: string, devKeyFile: string): DynamicModule {
    return {
      module: DirectoryTestRoot,
      imports: [
        EventStoreModule.forRoot({ databaseUrl, poolSize: 6 }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          extra: { max: 4 },
        }),
        AuthModule.forRoot({ issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile }),
        ProviderDirectoryModule,
      ],
    };
  }
}

export async function startDirectoryTestApp(databaseUrl: string, devKeyFile: string): Promise<DirectoryTestApp> {
  const app = await createHttpApp(DirectoryTestRoot.forRoot(databaseUrl, devKeyFile), {
    title: 'provider directory (test)',
    description: 'int spec',
    version: '0',
    logLevel: 'error',
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });

  return {
    app,
    store: app.get<EventStore>(EVENT_STORE),
    importer: app.get(HsdsImporter),
    pool,
    bearer: async (roles, options = {}) =>
      `Bearer ${await signDevelopmentToken({
        keyFile: devKeyFile,
        sub: options.sub ?? `${roles[0] ?? 'user'}-1`,
        tenant: options.tenant ?? 'county-a',
        roles,
        ...(options.org ? { org: options.org } : {}),
      })}`,
    projectionsCaughtUp: (timeoutMs) => projectionsCaughtUp(pool, PROVIDER_DIRECTORY_PROJECTIONS, timeoutMs),
    countEvents: async () =>
      Number((await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM event_store.events')).rows[0]?.n ?? 0),
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}
