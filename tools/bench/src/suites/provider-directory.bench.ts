import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AuthModule, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, signDevelopmentToken } from '@casemgmt/auth';
import { EventStoreModule, type RecordedEvent } from '@casemgmt/event-store';
import { createHttpApp, migrateSchema } from '@casemgmt/kernel';
import {
  buildServiceSearchSql,
  PROVIDER_DIRECTORY_ENTITIES,
  PROVIDER_DIRECTORY_MIGRATIONS,
  PROVIDER_DIRECTORY_PROJECTIONS,
  ProviderDirectoryModule,
  READ_MODEL_SCHEMA,
  SearchServicesQuery,
  type ServiceSearchCriteria,
} from '@casemgmt/provider-directory';
import { changeToSql, projectEvent } from '@casemgmt/read-model';
import type { BenchContext, BenchFigure, BenchSuite } from '../bench.types';
import { quantile, round } from '../measure';
import { directoryEvents, LOCATIONS, ORGANIZATIONS, queryMix, SERVICES, TENANT } from './provider-directory.data';

const QUERIES = 400;
const WARM_UP_QUERIES = 40;
const WRITERS = 4;
const EVENTS_PER_TRANSACTION = 1_000;
const TARGET_P99_MS = 50;

/** Writes the events' read-model changes with the projections' own change applier, `WRITERS` connections at once. */
async function project(pool: Pool, dataSource: DataSource, events: readonly RecordedEvent[]): Promise<void> {
  const batches: RecordedEvent[][] = [];
  for (let first = 0; first < events.length; first += EVENTS_PER_TRANSACTION) {
    batches.push(events.slice(first, first + EVENTS_PER_TRANSACTION));
  }
  let nextBatch = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      const client = await pool.connect();
      try {
        for (let batch = batches[nextBatch++]; batch !== undefined; batch = batches[nextBatch++]) {
          await client.query('BEGIN');
          for (const event of batch) {
            for (const projection of PROVIDER_DIRECTORY_PROJECTIONS) {
              for (const change of projectEvent(projection, event)) {
                const { text, values } = changeToSql(change, dataSource);
                await client.query(text, values);
              }
            }
          }
          await client.query('COMMIT');
        }
      } finally {
        client.release();
      }
    }),
  );
}

async function timeEach(
  queries: readonly ServiceSearchCriteria[],
  run: (criteria: ServiceSearchCriteria) => Promise<unknown>,
): Promise<number[]> {
  for (const criteria of queries.slice(0, WARM_UP_QUERIES)) await run(criteria);
  const times: number[] = [];
  for (const criteria of queries) {
    const started = process.hrtime.bigint();
    await run(criteria);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

/** The route's JSON body for the criteria. */
function bodyOf(criteria: ServiceSearchCriteria): Record<string, unknown> {
  return {
    ...(criteria.need ? { need: criteria.need } : {}),
    ...(criteria.text ? { q: criteria.text } : {}),
    ...(criteria.near
      ? { lat: criteria.near.latitude, lng: criteria.near.longitude, radiusKm: criteria.near.radiusKm }
      : {}),
    ...(criteria.language ? { language: criteria.language } : {}),
    ...(criteria.age !== undefined ? { age: criteria.age } : {}),
    ...(criteria.openCapacity ? { openCapacity: true } : {}),
  };
}

/** The directory module in a Nest app on Fastify, as the service runs it, answering through `inject`. */
async function startApp(databaseUrl: string, keyFile: string): Promise<NestFastifyApplication> {
  @Module({
    imports: [
      EventStoreModule.forRoot({ databaseUrl, poolSize: 4 }),
      TypeOrmModule.forRoot({
        type: 'postgres',
        url: databaseUrl,
        autoLoadEntities: true,
        synchronize: false,
        extra: { max: 4 },
      }),
      AuthModule.forRoot({ issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile: keyFile }),
      ProviderDirectoryModule,
    ],
  })
  class BenchDirectoryModule {}
  const app = await createHttpApp(BenchDirectoryModule, {
    title: 'bench',
    description: 'bench',
    version: '0',
    logLevel: 'error',
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export const providerDirectoryBench: BenchSuite = {
  name: 'provider-directory',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const database = await context.createDatabase('bench_provider_directory');
    const pool = new Pool({ connectionString: database.url, max: WRITERS + 1 });
    const dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      entities: PROVIDER_DIRECTORY_ENTITIES,
      extra: { max: 2 },
    }).initialize();
    const keyDir = await mkdtemp(join(tmpdir(), 'bench-directory-'));
    try {
      await migrateSchema(pool, READ_MODEL_SCHEMA, PROVIDER_DIRECTORY_MIGRATIONS);
      context.log(
        `provider-directory: seeding ${SERVICES.toLocaleString('en-US')} services through the projections' change applier`,
      );
      const events = directoryEvents();
      const seedStarted = Date.now();
      await project(pool, dataSource, events);
      // Statistics and the visibility map, as autovacuum would have them on a directory that has been running a while.
      await pool.query('VACUUM (ANALYZE)');
      const seedSeconds = (Date.now() - seedStarted) / 1000;

      const queries = queryMix(QUERIES);
      const search = new SearchServicesQuery(dataSource);
      // Latency on a shared machine depends on what else runs: the note gives the load the figures were taken under.
      const loadBefore = loadavg()[0] ?? 0;
      context.log(`provider-directory: ${QUERIES} mixed searches in process, then the same SQL raw, then through HTTP`);
      const inProcess = await timeEach(queries, (criteria) => search.execute(criteria));
      const raw = await timeEach(queries, (criteria) => {
        const { text, values } = buildServiceSearchSql(criteria);
        return pool.query(text, values);
      });

      const app = await startApp(database.url, join(keyDir, 'key.json'));
      let http: number[];
      try {
        const authorization = `Bearer ${await signDevelopmentToken({ keyFile: join(keyDir, 'key.json'), sub: 'cm-bench', tenant: TENANT, roles: ['case_manager'] })}`;
        http = await timeEach(queries, async (criteria) => {
          const response = await app.inject({
            method: 'POST',
            url: '/directory/search',
            payload: bodyOf(criteria),
            headers: { authorization },
          });
          if (response.statusCode !== 200) throw new Error(`search answered ${response.statusCode}: ${response.body}`);
        });
      } finally {
        await app.close();
      }

      const load = `load average ${round(loadBefore, 2)} before, ${round(loadavg()[0] ?? 0, 2)} after, on ${availableParallelism()} cores`;
      const rawP99 = quantile(raw, 0.99);
      const against = { name: 'the same SQL on a raw pg connection, p99', value: round(rawP99, 1), unit: 'ms' };
      const mix =
        'need, narrower need, text, text+distance, distance+language+age, need+distance+capacity, all, capacity+language';
      return [
        {
          name: `provider directory: search p99, ${QUERIES} mixed queries over ${SERVICES.toLocaleString('en-US')} services (query service, in process)`,
          value: round(quantile(inProcess, 0.99), 1),
          unit: 'ms',
          against,
          target: { text: `<= ${TARGET_P99_MS} ms`, met: quantile(inProcess, 0.99) <= TARGET_P99_MS },
          note: `p50 ${round(quantile(inProcess, 0.5), 1)} ms, max ${round(Math.max(...inProcess), 1)} ms; raw SQL p50 ${round(quantile(raw, 0.5), 1)} ms; ${load}; mix: ${mix}`,
        },
        {
          name: 'provider directory: search p99 through HTTP (Fastify inject: JWT, validation, JSON)',
          value: round(quantile(http, 0.99), 1),
          unit: 'ms',
          against,
          target: { text: `<= ${TARGET_P99_MS} ms`, met: quantile(http, 0.99) <= TARGET_P99_MS },
          note: `p50 ${round(quantile(http, 0.5), 1)} ms`,
        },
        {
          name: 'provider directory: seeding the read model through the projections',
          value: Math.round(SERVICES / seedSeconds),
          unit: 'services/s',
          note: `${events.length.toLocaleString('en-US')} events (${ORGANIZATIONS} organisations, ${LOCATIONS} locations, ${SERVICES} services and placements, 40 terms) in ${round(seedSeconds, 1)} s, ${WRITERS} connections`,
        },
      ];
    } finally {
      await dataSource.destroy();
      await pool.end();
      await database.drop();
      await rm(keyDir, { recursive: true, force: true });
    }
  },
};
