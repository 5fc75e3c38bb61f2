import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import { AuthModule, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, signDevelopmentToken, type Role } from '@casemgmt/auth';
import { EVENT_STORE, EventStoreModule, type EventStore } from '@casemgmt/event-store';
import { createHttpApp } from '@casemgmt/kernel';
import type { ServiceContract } from '@casemgmt/messaging';
import { AuditModule } from '../audit.module';

/** Who calls: roles and tenant (default county-a). */
export interface AuditCaller {
  readonly roles: readonly Role[];
  readonly sub?: string;
  readonly tenant?: string;
}

/** The audit trail as the int specs run it: a Nest app on Fastify, fed by the store, over a database of its own. */
export interface AuditTestApp {
  readonly app: NestFastifyApplication;
  /** The plain event store the trail reads: append events here as the services would. */
  readonly store: EventStore;
  /** A pool of the spec's own, for reading and tampering with stored rows. */
  readonly pool: Pool;
  call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    caller?: AuditCaller,
  ): Promise<{ readonly status: number; readonly body: Record<string, unknown> }>;
  /** Resolves once the chain holds `count` entries in all (of `tenant`, when given). */
  entriesReach(count: number, tenant?: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

@Module({})
class AuditTestRoot {
  static forRoot(databaseUrl: string, devKeyFile: string, contracts?: readonly ServiceContract[]): DynamicModule {
    return {
      module: AuditTestRoot,
      imports: [
        EventStoreModule.forRoot({ databaseUrl, poolSize: 6 }),
        AuthModule.forRoot({ issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile }),
        AuditModule.forRoot({ source: 'store', ...(contracts ? { contracts } : {}) }),
      ],
    };
  }
}

export async function startAuditTestApp(
  databaseUrl: string,
  options: { readonly contracts?: readonly ServiceContract[] } = {},
): Promise<AuditTestApp> {
  const keyDir = await mkdtemp(join(tmpdir(), 'audit-test-'));
  const devKeyFile = join(keyDir, 'signing-key.json');
  const app = await createHttpApp(AuditTestRoot.forRoot(databaseUrl, devKeyFile, options.contracts), {
    title: 'audit (test)',
    description: 'int spec',
    version: '0',
    logLevel: 'error',
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });

  const countEntries = async (tenant?: string): Promise<number> => {
    const { rows } = await pool.query<{ n: string }>(
      'SELECT count(*)::text AS n FROM audit.entries WHERE $1::text IS NULL OR tenant_id = $1',
      [tenant ?? null],
    );
    return Number(rows[0]?.n ?? 0);
  };

  return {
    app,
    store: app.get<EventStore>(EVENT_STORE),
    pool,
    call: async (method, url, caller) => {
      const token = caller
        ? await signDevelopmentToken({
            keyFile: devKeyFile,
            sub: caller.sub ?? `${caller.roles[0] ?? 'user'}-1`,
            tenant: caller.tenant ?? 'county-a',
            roles: caller.roles,
          })
        : undefined;
      const response = await app.inject({
        method,
        url,
        ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
      });
      return { status: response.statusCode, body: response.json() };
    },
    entriesReach: async (count, tenant, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      let seen = await countEntries(tenant);
      while (seen < count) {
        if (Date.now() > deadline) throw new Error(`the audit chain holds ${seen} entries, not ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen = await countEntries(tenant);
      }
    },
    close: async () => {
      await app.close();
      await pool.end();
      await rm(keyDir, { recursive: true, force: true });
    },
  };
}
