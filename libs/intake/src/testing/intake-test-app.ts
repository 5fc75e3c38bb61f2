import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import { projectionsCaughtUp, type Projection } from '@casemgmt/read-model';
import { startTestHost, type TestCaller, type TestMethod } from '@casemgmt/host/testing';
import { INTAKE_PROJECTIONS } from '../intake.module';
import { intakeService } from '../intake.service';
import { INTAKE_EVENT_STORE, PERSONAL_DATA_VAULT } from '../shared/intake-options';

/** Who calls: roles, and the optional claims that scope them. */
export type IntakeCaller = TestCaller;

/** Intake as the int specs run it: a Nest app on Fastify over a database of the suite's own. */
export interface IntakeTestApp {
  readonly app: NestFastifyApplication;
  /** The plain store: what the relay and the audit trail read (personal data sealed). */
  readonly rawStore: EventStore;
  /** The store intake's handlers use (personal data opened). */
  readonly store: EventStore;
  readonly vault: PersonalDataVault;
  /** A pool of the spec's own, for reading read-model tables and stored rows. */
  readonly pool: Pool;
  bearer(caller: IntakeCaller): Promise<string>;
  /** Calls a route as `caller` and answers the status and the parsed JSON body. */
  call(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    caller: IntakeCaller,
    payload?: object,
  ): Promise<{ readonly status: number; readonly body: Record<string, unknown> & { readonly [key: string]: unknown } }>;
  /** What the OpenAPI document gets wrong about a JSON answer (see the host's `undocumented`); empty when nothing. */
  undocumented(method: TestMethod, path: string, body: unknown, status?: number): Promise<string[]>;
  /** Registers a worker as an admin of the caller's tenant would (a case manager unless roles say otherwise). */
  registerWorker(worker: IntakeWorker): Promise<void>;
  projectionsCaughtUp(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A worker to put in the registry: cases are assigned only to registered, active case managers of their team. */
export interface IntakeWorker {
  readonly workerId: string;
  readonly teamId: string;
  readonly roles?: readonly ('intake_worker' | 'case_manager' | 'supervisor')[];
  readonly tenant?: string;
}

export async function startIntakeTestApp(
  databaseUrl: string,
  options: {
    readonly caseloadLimit?: number;
    /** Several apps on one database (the distributed shape) share the key that wraps the clients' keys. */
    readonly personalDataMasterKey?: string;
  } = {},
): Promise<IntakeTestApp> {
  const host = await startTestHost({
    name: 'intake',
    databaseUrl,
    services: [
      intakeService({
        caseloadLimit: options.caseloadLimit ?? 3,
        timeZone: 'America/Los_Angeles',
        personalDataMasterKey: options.personalDataMasterKey ?? randomBytes(32).toString('base64'),
      }),
    ],
  });
  const { app, pool, bearer, call } = host;

  return {
    app,
    rawStore: app.get<EventStore>(EVENT_STORE),
    store: app.get<EventStore>(INTAKE_EVENT_STORE),
    vault: app.get<PersonalDataVault>(PERSONAL_DATA_VAULT),
    pool,
    bearer,
    call,
    undocumented: (method, path, body, status) => host.undocumented(method, path, body, status),
    registerWorker: async ({ workerId, teamId, roles = ['case_manager'], tenant }) => {
      const admin: IntakeCaller = { roles: ['admin'], sub: 'registry-admin', ...(tenant ? { tenant } : {}) };
      const answer = await call('PUT', `/intake/workers/${encodeURIComponent(workerId)}`, admin, {
        displayName: `Worker ${workerId}`,
        teamId,
        roles,
      });
      if (answer.status !== 200) throw new Error(`registering ${workerId} answered ${answer.status}`);
    },
    projectionsCaughtUp: (timeoutMs) =>
      projectionsCaughtUp(pool, app.get<readonly Projection[]>(INTAKE_PROJECTIONS), timeoutMs),
    close: () => host.close(),
  };
}
