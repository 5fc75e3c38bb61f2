import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import type { ServiceContract } from '@casemgmt/messaging';
import { startTestHost, type TestCaller } from '@casemgmt/host/testing';
import { auditService } from '../audit.service';

/** Who calls: roles and tenant (default county-a). */
export type AuditCaller = TestCaller;

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
    payload?: object,
  ): Promise<{ readonly status: number; readonly body: Record<string, unknown> }>;
  /** `Authorization` header value of a development token for the caller, for requests `call` cannot parse (CSV). */
  bearer(caller: AuditCaller): Promise<string>;
  /** What the OpenAPI document gets wrong about a JSON answer (see the host's `undocumented`); empty when nothing. */
  undocumented(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body: unknown,
    status?: number,
    contentType?: string,
  ): Promise<string[]>;
  /** Resolves once the chain holds `count` entries in all (of `tenant`, when given). */
  entriesReach(count: number, tenant?: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startAuditTestApp(
  databaseUrl: string,
  options: { readonly contracts?: readonly ServiceContract[] } = {},
): Promise<AuditTestApp> {
  const host = await startTestHost({
    name: 'audit',
    databaseUrl,
    services: [auditService(options.contracts ? { contracts: options.contracts } : {})],
  });

  const countEntries = async (tenant?: string): Promise<number> => {
    const { rows } = await host.pool.query<{ n: string }>(
      'SELECT count(*)::text AS n FROM audit.entries WHERE $1::text IS NULL OR tenant_id = $1',
      [tenant ?? null],
    );
    return Number(rows[0]?.n ?? 0);
  };

  return {
    app: host.app,
    store: host.app.get<EventStore>(EVENT_STORE),
    pool: host.pool,
    call: (method, url, caller, payload) => host.call(method, url, caller, payload),
    bearer: (caller) => host.bearer(caller),
    undocumented: (method, path, body, status, contentType) =>
      host.undocumented(method, path, body, status, contentType),
    entriesReach: async (count, tenant, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      let seen = await countEntries(tenant);
      while (seen < count) {
        if (Date.now() > deadline) throw new Error(`the audit chain holds ${seen} entries, not ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen = await countEntries(tenant);
      }
    },
    close: () => host.close(),
  };
}
