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
  streamIdOf,
  type ServiceSearchCriteria,
} from '@casemgmt/provider-directory';
import { changeToSql, projectEvent } from '@casemgmt/read-model';
import type { BenchContext, BenchFigure, BenchSuite } from '../bench.types';
import { quantile } from '../measure';

const SERVICES = 20_000;
const ORGANIZATIONS = 2_000;
const LOCATIONS = 10_000;
const QUERIES = 400;
const WARM_UP_QUERIES = 40;
const WRITERS = 4;
const EVENTS_PER_TRANSACTION = 1_000;
const TENANT = 'county-bench';
const TARGET_P99_MS = 50;

// Ten needs, each with three narrower terms; words that name and describe the services of each need.
const NEEDS = [
  {
    code: 'housing',
    words: ['shelter', 'housing', 'rent', 'transitional'],
    children: ['emergency-shelter', 'rental-assistance', 'supportive-housing'],
  },
  {
    code: 'food',
    words: ['pantry', 'meals', 'groceries', 'food'],
    children: ['food-pantry', 'meal-program', 'snap-enrollment'],
  },
  {
    code: 'health',
    words: ['clinic', 'medical', 'dental', 'health'],
    children: ['primary-care', 'dental-care', 'vaccination'],
  },
  {
    code: 'mental-health',
    words: ['counseling', 'therapy', 'crisis', 'support'],
    children: ['counseling', 'crisis-line', 'peer-support'],
  },
  {
    code: 'substance-use',
    words: ['recovery', 'detox', 'treatment', 'sober'],
    children: ['detox', 'outpatient-treatment', 'recovery-housing'],
  },
  {
    code: 'legal',
    words: ['legal', 'eviction', 'immigration', 'rights'],
    children: ['eviction-defense', 'immigration-legal', 'benefits-appeals'],
  },
  {
    code: 'employment',
    words: ['jobs', 'training', 'resume', 'career'],
    children: ['job-training', 'job-placement', 'resume-help'],
  },
  {
    code: 'transportation',
    words: ['rides', 'transit', 'shuttle', 'transport'],
    children: ['medical-rides', 'transit-passes', 'paratransit'],
  },
  {
    code: 'education',
    words: ['tutoring', 'literacy', 'classes', 'school'],
    children: ['ged-classes', 'esl-classes', 'tutoring'],
  },
  {
    code: 'income',
    words: ['benefits', 'cash', 'tax', 'income'],
    children: ['benefits-enrollment', 'tax-preparation', 'emergency-cash'],
  },
] as const;
const PLACES = [
  'Harbor',
  'Mission',
  'Bayview',
  'Sunset',
  'Fruitvale',
  'Eastside',
  'Northgate',
  'Lakeside',
  'Hillcrest',
  'Riverside',
];
const LANGUAGES = [
  { code: 'en', name: 'English', share: 1 },
  { code: 'es', name: 'Spanish', share: 0.4 },
  { code: 'zh', name: 'Chinese', share: 0.1 },
  { code: 'vi', name: 'Vietnamese', share: 0.05 },
];
// A metropolitan area about 120 km by 100 km.
const REGION = { minLatitude: 37.2, maxLatitude: 38.3, minLongitude: -122.7, maxLongitude: -121.6 };

/** A seeded generator (mulberry32), so every run measures the same directory and the same queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const uuid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The directory's events, as the store would deliver them: terms, organisations, locations, services, placements. */
function directoryEvents(): RecordedEvent[] {
  const next = random(20_260_301);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const events: RecordedEvent[] = [];
  const recordedAt = new Date('2026-03-01T08:00:00Z');
  const push = (kind: Parameters<typeof streamIdOf>[0], id: string, type: string, data: object) => {
    const position = BigInt(events.length + 1);
    events.push({
      eventId: uuid(0xe, events.length + 1),
      type,
      streamId: streamIdOf(kind, id),
      streamVersion: 1,
      globalPosition: position,
      logPosition: { commit: 1n, prepare: position },
      occurredAt: recordedAt,
      recordedAt,
      data,
      metadata: { tenantId: TENANT, actor: { id: 'bench', role: 'admin' }, correlationId: 'bench' },
    } as RecordedEvent);
  };

  const termIds = new Map<string, string>();
  NEEDS.forEach((need, n) => {
    const parentId = uuid(0x7, n * 10);
    termIds.set(need.code, parentId);
    push('taxonomy_term', parentId, 'TaxonomyTermRegistered', {
      taxonomyTermId: parentId,
      taxonomyTerm: { code: need.code, name: need.code.replace('-', ' '), description: need.code },
    });
    need.children.forEach((child, c) => {
      const childId = uuid(0x7, n * 10 + c + 1);
      termIds.set(child, childId);
      push('taxonomy_term', childId, 'TaxonomyTermRegistered', {
        taxonomyTermId: childId,
        taxonomyTerm: { code: child, name: child.replace('-', ' '), description: child, parent_id: parentId },
      });
    });
  });
  for (let o = 0; o < ORGANIZATIONS; o++) {
    const id = uuid(0x1, o);
    push('organization', id, 'OrganizationRegistered', {
      organizationId: id,
      organization: { name: `${pick(PLACES)} Community Services ${o}`, description: 'A community-based organisation' },
    });
  }
  for (let l = 0; l < LOCATIONS; l++) {
    const id = uuid(0x2, l);
    push('location', id, 'LocationRegistered', {
      locationId: id,
      location: {
        location_type: 'physical',
        organization_id: uuid(0x1, l % ORGANIZATIONS),
        name: `${pick(PLACES)} site ${l}`,
        latitude: REGION.minLatitude + next() * (REGION.maxLatitude - REGION.minLatitude),
        longitude: REGION.minLongitude + next() * (REGION.maxLongitude - REGION.minLongitude),
      },
    });
  }
  for (let s = 0; s < SERVICES; s++) {
    const id = uuid(0x3, s);
    const need = pick(NEEDS);
    const child = pick(need.children);
    const ageBand = next();
    const capacity = next() < 0.6 ? Math.floor(next() * 21) * (next() < 0.3 ? 0 : 1) : undefined;
    const locationIndex = Math.floor(next() * LOCATIONS);
    push('service', id, 'ServiceRegistered', {
      serviceId: id,
      service: {
        organization_id: uuid(0x1, locationIndex % ORGANIZATIONS),
        name: `${pick(PLACES)} ${pick(need.words)} ${pick(['program', 'center', 'project', 'services'])} ${s}`,
        status: next() < 0.95 ? 'active' : 'inactive',
        description: `Offers ${need.words.join(', ')} to residents; ${pick(need.words)} by appointment or walk-in.`,
        eligibility_description: pick([
          'Open to all residents',
          'Low-income households',
          'Families with children',
          'Veterans',
        ]),
        ...(ageBand < 0.3
          ? { minimum_age: 18 }
          : ageBand < 0.4
            ? { minimum_age: 12, maximum_age: 24 }
            : ageBand < 0.5
              ? { minimum_age: 60 }
              : {}),
        languages: LANGUAGES.filter((language) => next() < language.share).map((language, index) => ({
          id: uuid(0x9, index),
          code: language.code,
          name: language.name,
        })),
        attributes: [
          { id: uuid(0x8, s), taxonomy_term: { id: termIds.get(child), code: child, name: child.replace('-', ' ') } },
        ],
        ...(capacity !== undefined
          ? {
              service_capacity: [
                {
                  id: uuid(0xc, s),
                  unit: { id: uuid(0xb, 1), name: 'place' },
                  available: capacity,
                  maximum: 20,
                  updated: recordedAt.toISOString(),
                },
              ],
            }
          : {}),
      },
    });
    const placementId = uuid(0x4, s);
    push('service_at_location', placementId, 'ServiceAtLocationRegistered', {
      serviceAtLocationId: placementId,
      serviceAtLocation: { service_id: id, location_id: uuid(0x2, locationIndex) },
    });
  }
  return events;
}

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

/** A mix of what case managers ask: needs, free text, distance, language, age, open capacity, and combinations. */
function queryMix(count: number): ServiceSearchCriteria[] {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const near = () => ({
    latitude: REGION.minLatitude + 0.2 + next() * 0.7,
    longitude: REGION.minLongitude + 0.2 + next() * 0.7,
    radiusKm: pick([5, 10, 25]),
  });
  const shapes: (() => Omit<ServiceSearchCriteria, 'tenantId' | 'page' | 'perPage'>)[] = [
    () => ({ need: pick(NEEDS).code }),
    () => ({ need: pick(pick(NEEDS).children) }),
    () => ({ text: pick(pick(NEEDS).words) }),
    () => ({ text: pick(pick(NEEDS).words), near: near() }),
    () => ({ near: near(), language: pick(['es', 'zh', 'vi']), age: pick([8, 17, 30, 67]) }),
    () => ({ need: pick(NEEDS).code, near: near(), openCapacity: true }),
    () => ({
      need: pick(NEEDS).code,
      text: pick(pick(NEEDS).words),
      near: near(),
      language: 'es',
      age: 30,
      openCapacity: true,
    }),
    () => ({ openCapacity: true, language: 'es' }),
  ];
  return Array.from({ length: count }, (_, index) => ({
    tenantId: TENANT,
    ...(shapes[index % shapes.length] as (typeof shapes)[number])(),
    page: 1,
    perPage: 20,
  }));
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

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

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
      const against = { name: 'the same SQL on a raw pg connection, p99', value: round(rawP99), unit: 'ms' };
      const mix =
        'need, narrower need, text, text+distance, distance+language+age, need+distance+capacity, all, capacity+language';
      return [
        {
          name: `provider directory: search p99, ${QUERIES} mixed queries over ${SERVICES.toLocaleString('en-US')} services (query service, in process)`,
          value: round(quantile(inProcess, 0.99)),
          unit: 'ms',
          against,
          target: { text: `<= ${TARGET_P99_MS} ms`, met: quantile(inProcess, 0.99) <= TARGET_P99_MS },
          note: `p50 ${round(quantile(inProcess, 0.5))} ms, max ${round(Math.max(...inProcess))} ms; raw SQL p50 ${round(quantile(raw, 0.5))} ms; ${load}; mix: ${mix}`,
        },
        {
          name: 'provider directory: search p99 through HTTP (Fastify inject: JWT, validation, JSON)',
          value: round(quantile(http, 0.99)),
          unit: 'ms',
          against,
          target: { text: `<= ${TARGET_P99_MS} ms`, met: quantile(http, 0.99) <= TARGET_P99_MS },
          note: `p50 ${round(quantile(http, 0.5))} ms`,
        },
        {
          name: 'provider directory: seeding the read model through the projections',
          value: Math.round(SERVICES / seedSeconds),
          unit: 'services/s',
          note: `${events.length.toLocaleString('en-US')} events (${ORGANIZATIONS} organisations, ${LOCATIONS} locations, ${SERVICES} services and placements, 40 terms) in ${round(seedSeconds)} s, ${WRITERS} connections`,
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
