import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { AuthModule, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, signDevelopmentToken, type Role } from '@casemgmt/auth';
import { EVENT_STORE, EventStoreModule, type EventStore } from '@casemgmt/event-store';
import { createHttpApp } from '@casemgmt/kernel';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import { projectionsCaughtUp, type Projection } from '@casemgmt/read-model';
import { INTAKE_PROJECTIONS, IntakeModule } from '../intake.module';
import { INTAKE_EVENT_STORE, PERSONAL_DATA_VAULT } from '../shared/intake-options';

/** Who calls: roles, and the optional claims that scope them. */
export interface IntakeCaller {
  readonly roles: readonly Role[];
  readonly sub?: string;
  readonly tenant?: string;
  readonly team?: string;
}

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

@Module({})
class IntakeTestRoot {
  static forRoot(
    databaseUrl: string,
    devKeyFile: string,
    caseloadLimit: number,
    personalDataMasterKey: string,
  ): DynamicModule {
    return {
      module: IntakeTestRoot,
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
        IntakeModule.forRoot({
          caseloadLimit,
          timeZone: 'America/Los_Angeles',
          personalDataMasterKey,
        }),
      ],
    };
  }
}

export async function startIntakeTestApp(
  databaseUrl: string,
  options: {
    readonly caseloadLimit?: number;
    /** Several apps on one database (the distributed shape) share the key that wraps the clients' keys. */
    readonly personalDataMasterKey?: string;
  } = {},
): Promise<IntakeTestApp> {
  const keyDir = await mkdtemp(join(tmpdir(), 'intake-test-'));
  const devKeyFile = join(keyDir, 'signing-key.json');
  const masterKey = options.personalDataMasterKey ?? randomBytes(32).toString('base64');
  const root = IntakeTestRoot.forRoot(databaseUrl, devKeyFile, options.caseloadLimit ?? 3, masterKey);
  const app = await createHttpApp(root, {
    title: 'intake (test)',
    description: 'int spec',
    version: '0',
    logLevel: 'error',
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });

  const bearer = async (caller: IntakeCaller): Promise<string> =>
    `Bearer ${await signDevelopmentToken({
      keyFile: devKeyFile,
      sub: caller.sub ?? `${caller.roles[0] ?? 'user'}-1`,
      tenant: caller.tenant ?? 'county-a',
      roles: caller.roles,
      ...(caller.team ? { team: caller.team } : {}),
    })}`;

  const call: IntakeTestApp['call'] = async (method, url, caller, payload) => {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: await bearer(caller) },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, body: response.json() };
  };

  return {
    app,
    rawStore: app.get<EventStore>(EVENT_STORE),
    store: app.get<EventStore>(INTAKE_EVENT_STORE),
    vault: app.get<PersonalDataVault>(PERSONAL_DATA_VAULT),
    pool,
    bearer,
    call,
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
    close: async () => {
      await app.close();
      await pool.end();
      await rm(keyDir, { recursive: true, force: true });
    },
  };
}
