import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createPostgresPersonalDataVault } from '@casemgmt/personal-data';
import type { BenchContext, BenchFigure, BenchSuite } from '../bench.types';
import { callJson, DevelopmentTokens, until } from '../http/bench-calls';
import { IntakeDriver } from '../http/intake-driver';
import { loadUrl, type LoadResult } from '../http/load';
import { startServerProcess, type ServerProcess } from '../http/server-process';
import { PARTNER, SEED_TENANT, seedReferrals, type ReferralSeedResult } from './referral.seed';

const SERVER = 'tools/bench/src/http/referral-platform.server.ts';
const CONNECTIONS = 50;
// One partner's integration polling its inbox: its own requests, two at a time, not a crowd on one inbox.
const INBOX_CONNECTIONS = 2;
// The agency's preparation of the sends (cases, consents, drafts): requests in flight at once.
const PREPARE_CONCURRENCY = 16;
const PAGE = 100;
const TARGET_INBOX_P99_MS = 50;
const TEAM = 'team-bench';
const CASE_MANAGER = 'cm-bench';

const seconds = (): number => Number(process.env['BENCH_SECONDS'] ?? 5);
const eventCount = (): number => Number(process.env['BENCH_REFERRAL_EVENTS'] ?? 1_000_000);
const partnerReferrals = (): number => Number(process.env['BENCH_REFERRAL_PARTNER_REFERRALS'] ?? 5_000);
const sendCount = (): number => Number(process.env['BENCH_REFERRAL_SENDS'] ?? 1_000);

/**
 * Intake, the provider directory and referral in one process, on a tenant of 1,000,000 referral events of which one
 * organisation has 5,000 referrals sent to it (BENCH_REFERRAL_EVENTS, BENCH_REFERRAL_PARTNER_REFERRALS and
 * BENCH_REFERRAL_SENDS scale it): how long referral's consumer takes to build its read model from the events, that
 * organisation's partner inbox, and sending a referral with the consent asked of intake against opening a case.
 */
export const referralBench: BenchSuite = {
  name: 'referral',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const database = await context.createDatabase('bench_referral');
    const keyDir = await mkdtemp(join(tmpdir(), 'bench-referral-'));
    const keyFile = join(keyDir, 'signing-key.json');
    const masterKey = randomBytes(32).toString('base64');
    const env = { DATABASE_URL: database.url, AUTH_DEV_KEY_FILE: keyFile, BENCH_MASTER_KEY: masterKey };
    const pool = new Pool({ connectionString: database.url, max: 6 });
    const tokens = new DevelopmentTokens(keyFile, SEED_TENANT);
    let server: ServerProcess | undefined;
    try {
      const figures: BenchFigure[] = [];
      // A first start creates the schemas and lists the partner in the directory; it stops before the seeding so
      // that the second start shows referral's consumer building its read model from nothing.
      server = await startServerProcess(SERVER, env);
      await listPartner(server.url, tokens, pool);
      await server.stop();
      server = undefined;

      const plan = { events: eventCount(), partnerReferrals: partnerReferrals() };
      context.log(`seeding ${plan.events} referral events, ${plan.partnerReferrals} of them sent to one organisation`);
      const vault = createPostgresPersonalDataVault({ pool, masterKey });
      const seedStarted = Date.now();
      const seeded = await seedReferrals(pool, vault, plan, context.log);
      const seedSeconds = (Date.now() - seedStarted) / 1000;
      figures.push({
        name: `seeded ${seeded.referrals} referrals, ${seeded.events} events`,
        value: Math.round(seeded.events / seedSeconds),
        unit: 'events/s',
        against: {
          name: 'raw PostgreSQL multi-row INSERT',
          value: context.baselines.pgMultiRowInsertRowsPerSec,
          unit: 'rows/s',
        },
        note:
          `through the event store’s append function, 100 referrals (streams) a transaction on 4 connections; ` +
          `the partner’s ${seeded.partnerReferrals} disclosures sealed through the vault with each client’s key ` +
          `(${describe(seeded.partnerByStatus)}), the other organisations’ left null`,
      });

      const restarted = Date.now();
      server = await startServerProcess(SERVER, env);
      const startSeconds = (Date.now() - restarted) / 1000;
      const listening = Date.now();
      const built = await caughtUp(pool, 'messaging.consumer.referral.referrals', listening, context);
      const webhooks = await caughtUp(pool, 'messaging.consumer.referral.webhooks', listening, context);
      // What autovacuum does some time after a bulk load, done at once: the planner's statistics of the new rows.
      await pool.query('ANALYZE');
      figures.push({
        name: `referral.referrals built by referral's consumer from ${seeded.events} events`,
        value: Math.round(seeded.events / built),
        unit: 'events/s',
        note:
          `${built.toFixed(0)} s from the server’s start (itself ${startSeconds.toFixed(0)} s, not counted) until the ` +
          `read model’s consumer had read every event; the webhooks’ consumer read the same events at the same ` +
          `time and was done after ${webhooks.toFixed(0)} s`,
      });

      figures.push(...(await inboxFigures(server.url, tokens, seeded, context)));
      figures.push(...(await sendFigures(server.url, keyFile, tokens, pool, context)));
      return figures;
    } finally {
      await pool.end();
      await server?.stop();
      await rm(keyDir, { recursive: true, force: true });
      await database.drop();
    }
  },
};

/** The partner's organisation, its service and location in the directory, and in referral's view of it. */
async function listPartner(url: string, tokens: DevelopmentTokens, pool: Pool): Promise<void> {
  const admin = await tokens.headers('adm-bench', 'admin');
  await callJson(url, 'POST', '/directory/organizations', admin, {
    id: PARTNER.organizationId,
    name: PARTNER.name,
    description: 'Emergency shelter and housing navigation',
  });
  await callJson(url, 'POST', '/directory/locations', admin, {
    id: PARTNER.locationId,
    location_type: 'physical',
    organization_id: PARTNER.organizationId,
    name: `${PARTNER.name}, main office`,
  });
  await callJson(url, 'POST', '/directory/services', admin, {
    id: PARTNER.serviceId,
    organization_id: PARTNER.organizationId,
    name: `${PARTNER.name} shelter`,
    status: 'active',
  });
  await callJson(url, 'POST', '/directory/service_at_locations', admin, {
    id: PARTNER.placementId,
    service_id: PARTNER.serviceId,
    location_id: PARTNER.locationId,
  });
  await until('the partner’s listing in referral’s view', async () => {
    const { rows } = await pool.query(
      'SELECT 1 FROM referral.directory_placements WHERE tenant_id = $1 AND service_at_location_id = $2',
      [SEED_TENANT, PARTNER.placementId],
    );
    return rows.length === 1;
  });
}

/**
 * Waits until a consumer of referral's own events has read every one stored now: its checkpoint at or past the last
 * event of referral's categories. Answers the seconds since `started`.
 */
async function caughtUp(
  pool: Pool,
  subscriptionId: string,
  started: number,
  context: BenchContext,
  timeoutMs = 1_800_000,
): Promise<number> {
  const { rows: last } = await pool.query<{ position: string | null }>(
    "SELECT max(global_position)::text AS position FROM event_store.events WHERE category LIKE 'referral.%'",
  );
  const target = BigInt(last[0]?.position ?? 0);
  let reported = Date.now();
  for (;;) {
    const { rows } = await pool.query<{ prepare_position: string }>(
      'SELECT prepare_position::text FROM event_store.checkpoints WHERE subscription_id = $1',
      [subscriptionId],
    );
    const position = BigInt(rows[0]?.prepare_position ?? -1);
    if (position >= target) return (Date.now() - started) / 1000;
    if (Date.now() - started > timeoutMs) throw new Error(`${subscriptionId} did not catch up: at ${position}`);
    if (Date.now() - reported > 15_000) {
      reported = Date.now();
      context.log(`catching up: ${subscriptionId} at ${position} of ${target}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface InboxPage {
  readonly referrals: readonly {
    readonly status: string;
    readonly updatedAt: string;
    readonly disclosure: { readonly values: Record<string, string> | null };
  }[];
  readonly next: { readonly updatedAfter: string; readonly afterReferralId: string } | null;
}

/**
 * The partner's inbox as its integration reads it: every page of 100 in turn, the accepted ones, and polls for what
 * changed after an instant. Walks the whole inbox first, checking that it holds the partner's referrals and that
 * their disclosed values open.
 */
async function inboxFigures(
  url: string,
  tokens: DevelopmentTokens,
  seeded: ReferralSeedResult,
  context: BenchContext,
): Promise<BenchFigure[]> {
  // A GET carries no body: the token alone.
  const { authorization } = await tokens.headers('pp-bench', 'provider_partner', { org: PARTNER.organizationId });
  const headers = { authorization };
  const base = `/referral/partner/referrals?limit=${PAGE}`;
  const pages: string[] = [base];
  const updated: string[] = [];
  let opened = 0;
  for (let path: string | null = base; path !== null;) {
    const page = (await callJson(url, 'GET', path, headers)) as unknown as InboxPage;
    for (const row of page.referrals) {
      updated.push(row.updatedAt);
      if (row.disclosure.values?.['name']) opened++;
    }
    path = page.next
      ? `${base}&updatedAfter=${encodeURIComponent(page.next.updatedAfter)}&afterReferralId=${page.next.afterReferralId}`
      : null;
    if (path) pages.push(path);
  }
  if (updated.length !== seeded.partnerReferrals || opened !== seeded.partnerReferrals) {
    throw new Error(
      `the partner’s inbox listed ${updated.length} referrals, ${opened} of them opened, of ${seeded.partnerReferrals}`,
    );
  }
  // Polls since an instant among the last tenth of the inbox's changes: up to a page of rows each.
  const polls = Array.from({ length: 10 }, (_, n) => {
    const at = updated[Math.max(0, updated.length - 1 - Math.floor(((n + 1) * updated.length) / 100))] as string;
    return `/referral/partner/referrals?updatedAfter=${encodeURIComponent(at)}`;
  });
  const accepted = seeded.partnerByStatus['accepted'] ?? 0;
  const views = [
    {
      name: `partner inbox, pages of ${PAGE} through ${seeded.partnerReferrals} referrals`,
      paths: pages,
      rows: `${pages.length} pages of ${PAGE} in turn`,
    },
    {
      name: 'partner inbox ?status=accepted',
      paths: [`${base}&status=accepted`],
      rows: `first ${PAGE} of ${accepted}`,
    },
    { name: 'partner inbox ?updatedAfter= polls', paths: polls, rows: `${polls.length} instants, up to ${PAGE} rows` },
  ];
  const figures: BenchFigure[] = [];
  for (const view of views) {
    context.log(`GET ${view.paths[0]} (${view.rows}), ${INBOX_CONNECTIONS} connections`);
    let next = 0;
    const load = await loadUrl(`${url}/referral/partner/referrals`, {
      connections: INBOX_CONNECTIONS,
      seconds: seconds(),
      headers,
      nextRequest: () => ({ path: view.paths[next++ % view.paths.length] as string, body: '' }),
    });
    warnOnFailures(load, context);
    figures.push(
      {
        name: `${view.name}, p99`,
        value: load.p99Ms,
        unit: 'ms',
        target: { text: `<= ${TARGET_INBOX_P99_MS} ms`, met: load.p99Ms <= TARGET_INBOX_P99_MS },
        note:
          `p50 ${load.p50Ms} ms; ${view.rows}; each row’s disclosed values opened with the client’s key, ` +
          'each answer one record of the access log',
      },
      {
        name: `${view.name}, ${INBOX_CONNECTIONS} connections`,
        value: load.requestsPerSec,
        unit: 'req/s',
        against: { name: 'bare NestJS route', value: context.baselines.bareRouteReqPerSec, unit: 'req/s' },
      },
    );
  }
  return figures;
}

/** Runs `task` for each item, `concurrency` at a time. */
async function eachAtOnce<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await task(items[next++] as T);
    }),
  );
}

/**
 * Prepares N cases as the agency would through intake's routes (a client each, the case with a housing need,
 * assigned to a case manager, and the client's consent to share their name and housing need with the partner for a
 * referral) and a draft of each, then sends them all at load; opening a case is measured in the same run.
 */
async function sendFigures(
  url: string,
  keyFile: string,
  tokens: DevelopmentTokens,
  pool: Pool,
  context: BenchContext,
): Promise<BenchFigure[]> {
  const count = sendCount();
  const admin = await tokens.headers('adm-bench', 'admin');
  const intakeWorker = await tokens.headers('iw-bench', 'intake_worker', { team: TEAM });
  const supervisor = await tokens.headers('sup-bench', 'supervisor', { team: TEAM });
  const caseManager = await tokens.headers(CASE_MANAGER, 'case_manager', { team: TEAM });
  await callJson(url, 'PUT', `/intake/workers/${CASE_MANAGER}`, admin, {
    displayName: 'Bench case manager',
    teamId: TEAM,
    roles: ['case_manager'],
  });
  context.log(`preparing ${count} cases with a housing need and a consent in force for the partner`);
  const cases = Array.from({ length: count }, (_, n) => ({ n, caseId: randomUUID(), clientId: randomUUID() }));
  const expires = `${new Date().getUTCFullYear() + 1}-12-31`;
  await eachAtOnce(cases, PREPARE_CONCURRENCY, async ({ n, caseId, clientId }) => {
    await callJson(url, 'POST', '/intake/clients', intakeWorker, {
      clientId,
      givenName: `Given${n}`,
      familyName: `Family${n}`,
      dateOfBirth: `19${String(40 + (n % 60)).padStart(2, '0')}-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, '0')}`,
      preferredLanguage: 'en',
      duplicateOverride: { reason: 'benchmark clients are distinct people' },
    });
    await callJson(url, 'POST', '/intake/cases', intakeWorker, {
      caseId,
      clientId,
      programId: 'adult-behavioral-health',
      priority: 'routine',
      referralSource: { kind: 'self' },
      teamId: TEAM,
    });
    await callJson(url, 'POST', `/intake/cases/${caseId}/assignment`, supervisor, { caseManagerId: CASE_MANAGER }, 200);
    await callJson(url, 'POST', `/intake/cases/${caseId}/needs`, caseManager, { need: 'housing' });
    await callJson(url, 'POST', '/intake/consents', caseManager, {
      clientId,
      caseId,
      discloser: { kind: 'program', name: 'County Behavioral Health' },
      information: { categories: ['demographics', 'housing'], description: 'What the referral needs' },
      recipients: [{ kind: 'named', name: PARTNER.name, organizationId: PARTNER.organizationId }],
      purpose: ['referral'],
      rightToRevokeAcknowledged: true,
      expiry: { kind: 'date', on: expires },
      signedAt: new Date(Date.now() - 60_000).toISOString(),
      signedBy: 'patient',
      personal: { signatureName: `Given${n} Family${n}` },
    });
  });
  const caseIds = cases.map((each) => each.caseId);
  await until('the cases, assigned and with their need, in referral’s view', async () => {
    const { rows } = await pool.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM referral.cases
        WHERE tenant_id = $1 AND case_id = ANY($2) AND case_manager_id = $3 AND needs ? 'housing'`,
      [SEED_TENANT, caseIds, CASE_MANAGER],
    );
    return Number(rows[0]?.n) === count;
  });
  const last = cases[cases.length - 1];
  await until('the last consent in force in intake', async () => {
    const answer = await callJson(
      url,
      'POST',
      '/intake/consents/in-force',
      caseManager,
      {
        clientId: last?.clientId,
        recipientOrganizationId: PARTNER.organizationId,
        category: 'housing',
        purpose: 'referral',
      },
      200,
    );
    return answer['inForce'] === true;
  });
  const referralIds: string[] = [];
  await eachAtOnce(caseIds, PREPARE_CONCURRENCY, async (caseId) => {
    const drafted = await callJson(url, 'POST', `/referral/cases/${caseId}/referrals`, caseManager, {
      need: 'housing',
      serviceId: PARTNER.serviceId,
      locationId: PARTNER.locationId,
    });
    referralIds.push(String(drafted['referralId']));
  });

  context.log(`POST /referral/referrals/{referralId}/send, ${count} drafts on ${CONNECTIONS} connections`);
  let next = 0;
  const sends = await loadUrl(`${url}/referral/referrals`, {
    connections: CONNECTIONS,
    seconds: seconds(),
    amount: count,
    method: 'POST',
    headers: caseManager,
    nextRequest: () => ({
      path: `/referral/referrals/${referralIds[next++ % referralIds.length]}/send`,
      body: JSON.stringify({ fields: ['name', 'housingNeed'], purpose: 'referral' }),
    }),
  });
  warnOnFailures(sends, context);
  const { rows } = await pool.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM event_store.events
      WHERE stream_id = ANY($1) AND type = 'ReferralDisclosed'`,
    [referralIds.map((id) => `referral.referral-${id}`)],
  );
  const disclosed = Number(rows[0]?.n);
  if (disclosed !== count) throw new Error(`${disclosed} of ${count} sends disclosed`);

  const intake = await IntakeDriver.start(url, keyFile, SEED_TENANT, context);
  context.log(`POST /intake/cases (open a case), ${CONNECTIONS} connections for ${seconds()} s`);
  const opened = await loadUrl(`${url}/intake/cases`, {
    connections: CONNECTIONS,
    seconds: seconds(),
    method: 'POST',
    headers: intake.headers,
    nextBody: () => JSON.stringify(intake.openCase()),
  });
  warnOnFailures(opened, context);
  return [
    {
      name: `send a referral POST /referral/referrals/{id}/send, ${CONNECTIONS} connections`,
      value: sends.requestsPerSec,
      unit: 'req/s',
      against: { name: 'open a case POST /intake/cases, same run', value: opened.requestsPerSec, unit: 'req/s' },
      note:
        `p99 ${sends.p99Ms} ms (open a case: p99 ${opened.p99Ms} ms) over ${count} drafts, each sent once; each send ` +
        'folds the referral, reads its case and listing, asks intake in process for the consent in force for two ' +
        'categories and for the client’s name (each a read in intake’s access log), then seals the values with the ' +
        'client’s key and appends the request and the disclosure',
    },
  ];
}

function describe(byStatus: Readonly<Record<string, number>>): string {
  return Object.entries(byStatus)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
}

function warnOnFailures(load: LoadResult, context: BenchContext): void {
  if (load.non2xx > 0 || load.errors > 0) {
    context.log(`warning: ${load.non2xx} answers were not 2xx and ${load.errors} requests failed`);
  }
}
