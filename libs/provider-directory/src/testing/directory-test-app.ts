import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool } from 'pg';
import type { Role } from '@casemgmt/auth';
import { EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import { projectionsCaughtUp } from '@casemgmt/read-model';
import { startTestHost, type TestMethod } from '@casemgmt/host/testing';
import { HsdsImporter } from '../hsds/import/hsds-importer';
import { hsdsStandardDir } from '../hsds/hsds-schemas';
import { PROVIDER_DIRECTORY_PROJECTIONS } from '../provider-directory.module';
import { providerDirectoryService } from '../provider-directory.service';

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
  /** What the OpenAPI document gets wrong about a JSON answer (see the host's `undocumented`); empty when nothing. */
  undocumented(method: TestMethod, path: string, body: unknown, status?: number): Promise<string[]>;
  /** Resolves once every projection of the directory has caught up with every directory event. */
  projectionsCaughtUp(timeoutMs?: number): Promise<void>;
  countEvents(): Promise<number>;
  close(): Promise<void>;
}

export async function startDirectoryTestApp(databaseUrl: string, devKeyFile: string): Promise<DirectoryTestApp> {
  const host = await startTestHost({
    name: 'provider-directory',
    databaseUrl,
    devKeyFile,
    services: [providerDirectoryService()],
  });
  return {
    app: host.app,
    store: host.app.get<EventStore>(EVENT_STORE),
    importer: host.app.get(HsdsImporter),
    pool: host.pool,
    bearer: (roles, options = {}) => host.bearer({ roles, ...options }),
    undocumented: (method, path, body, status) => host.undocumented(method, path, body, status),
    projectionsCaughtUp: (timeoutMs) => projectionsCaughtUp(host.pool, PROVIDER_DIRECTORY_PROJECTIONS, timeoutMs),
    countEvents: async () =>
      Number(
        (await host.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM event_store.events')).rows[0]?.n ?? 0,
      ),
    close: () => host.close(),
  };
}
