import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, signDevelopmentToken, type Role } from '@casemgmt/auth';
import { HostModule, type HostOptions } from '../host.module';
import { createHttpApp } from '@casemgmt/kernel';
import { createTestDatabase, openApiAnswerProblems, type TestDatabase } from '@casemgmt/testing';

/** Who calls: roles, and the claims that scope them (tenant default county-a; sub default `<first role>-1`). */
export interface TestCaller {
  readonly roles: readonly Role[];
  readonly sub?: string;
  readonly tenant?: string;
  readonly team?: string;
  readonly org?: string;
}

export type TestMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Services hosted as their apps host them, over a spec's database, with development tokens. */
export interface TestHost {
  readonly app: NestFastifyApplication;
  /** The development signing key the app verifies tokens with. */
  readonly devKeyFile: string;
  /** A pool of the spec's own, for reading read-model tables and stored rows. */
  readonly pool: Pool;
  /** `Authorization` header value of a development token for the caller. */
  bearer(caller: TestCaller): Promise<string>;
  /** Calls a route (as `caller`, or without a token) and answers the status and the parsed JSON body. */
  call(
    method: TestMethod,
    url: string,
    caller?: TestCaller,
    payload?: object,
  ): Promise<{ readonly status: number; readonly body: Record<string, unknown> & { readonly [key: string]: unknown } }>;
  /**
   * What the app's OpenAPI document gets wrong about a JSON answer of a route (the path as the document names it,
   * `/audit/clients/{clientId}/disclosures`): missing, mistyped or unlisted fields; empty when it matches.
   */
  undocumented(
    method: TestMethod,
    path: string,
    body: unknown,
    status?: number,
    contentType?: string,
  ): Promise<string[]>;
  close(): Promise<void>;
}

export interface TestHostOptions extends Omit<HostOptions, 'auth' | 'databaseUrl'> {
  /** Names the app in its OpenAPI document and the key folder. */
  readonly name?: string;
  /** A database the spec made; or give `database`, a name for one the host creates and drops on close. */
  readonly databaseUrl?: string;
  readonly database?: string;
  /** A signing key to share with another host (the distributed shape); default a fresh one. */
  readonly devKeyFile?: string;
}

/** Starts services through the one host, as `npm start` does, answering through Fastify's `inject`. */
export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const { name = 'test', devKeyFile: sharedKeyFile, database: databaseName, databaseUrl: givenUrl, ...host } = options;
  if (!givenUrl && !databaseName) throw new Error('startTestHost needs a databaseUrl or a database name');
  const ownDatabase: TestDatabase | undefined = givenUrl ? undefined : await createTestDatabase(databaseName ?? name);
  const databaseUrl = givenUrl ?? ownDatabase?.url ?? '';
  const keyDir = sharedKeyFile ? undefined : await mkdtemp(join(tmpdir(), `${name}-host-`));
  const devKeyFile = sharedKeyFile ?? join(keyDir ?? '', 'signing-key.json');
  const app = await createHttpApp(
    HostModule.forRoot({
      pools: { eventStore: 6, readModels: 4 },
      ...host,
      databaseUrl,
      auth: { issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile },
    }),
    { title: `${name} (test)`, description: 'int spec', version: '0', logLevel: 'error' },
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  let document: Promise<unknown> | undefined;

  const bearer = async (caller: TestCaller): Promise<string> =>
    `Bearer ${await signDevelopmentToken({
      keyFile: devKeyFile,
      sub: caller.sub ?? `${caller.roles[0] ?? 'user'}-1`,
      tenant: caller.tenant ?? 'county-a',
      roles: caller.roles,
      ...(caller.team ? { team: caller.team } : {}),
      ...(caller.org ? { org: caller.org } : {}),
    })}`;

  return {
    app,
    devKeyFile,
    pool,
    bearer,
    call: async (method, url, caller, payload) => {
      const response = await app.inject({
        method,
        url,
        ...(caller ? { headers: { authorization: await bearer(caller) } } : {}),
        ...(payload ? { payload } : {}),
      });
      return { status: response.statusCode, body: response.json() };
    },
    undocumented: async (method, path, body, status, contentType) => {
      // The document does not change while the app runs: read once.
      document ??= app.inject({ method: 'GET', url: '/docs/openapi.json' }).then((answer) => answer.json<unknown>());
      return openApiAnswerProblems(
        await document,
        { method, path, ...(status ? { status } : {}), ...(contentType ? { contentType } : {}) },
        body,
      );
    },
    close: async () => {
      await app.close();
      await pool.end();
      if (keyDir) await rm(keyDir, { recursive: true, force: true });
      await ownDatabase?.drop();
    },
  };
}
