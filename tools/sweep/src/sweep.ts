import { ROLES, signDevelopmentToken, type Role } from '@casemgmt/auth';
import { operationsOf, type OpenApiDocument, type Operation } from './openapi';
import { requestsOf, type SweepRequest } from './requests';
import { Markers, TEAM, validRequestOf, type RequestContext } from './valid-request';

export interface SweepOptions {
  /** The platform's base URL; loopback only. */
  readonly baseUrl: string;
  /** The development key the platform verifies tokens with. */
  readonly keyFile: string;
  readonly tenant?: string;
  /** Seeds the sample and the order of requests. */
  readonly seed?: number;
  /**
   * At most this many requests: every valid-shaped request as every caller, every deep-nesting one, and a seeded
   * sample of the other malformed ones. Unset, every request the document yields is sent.
   */
  readonly maxRequests?: number;
  /** Stops sending new requests after this long; the report says when it stopped early. */
  readonly maxSeconds?: number;
  readonly concurrency?: number;
  readonly requestTimeoutMs?: number;
  /** Families whose name contains one of these are not sent (`huge-array`, say, against a platform it stalls). */
  readonly skipFamilies?: readonly string[];
  readonly log?: (line: string) => void;
}

export type Caller = Role | 'anonymous';

export interface Answer {
  readonly operation: string;
  readonly family: string;
  readonly caller: Caller;
  /** The HTTP status, or why there was none (`timeout`, `connection closed`). */
  readonly status: number | string;
  readonly ms: number;
}

export interface SweepReport {
  readonly operations: number;
  readonly planned: number;
  readonly sent: number;
  readonly stoppedEarly: boolean;
  readonly elapsedMs: number;
  readonly byStatus: ReadonlyMap<string, number>;
  /** Answers of 5xx, by operation and family only: no request content. */
  readonly serverErrors: readonly Answer[];
  /** Requests that got no HTTP answer at all. */
  readonly noAnswer: readonly Answer[];
  /** The slowest answers, slowest first. */
  readonly slowest: readonly Answer[];
  readonly afterwards: AfterwardsCheck;
}

export interface AfterwardsCheck {
  readonly healthStatus: number | string;
  /** Status of each valid command sent after the sweep, by name. */
  readonly commands: Readonly<Record<string, number | string>>;
  readonly ok: boolean;
}

const CALLERS: readonly Caller[] = [...ROLES, 'anonymous'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Sends every operation of the platform's OpenAPI document its malformed requests, as each role and anonymously. */
export async function runSweep(options: SweepOptions): Promise<SweepReport> {
  const base = new URL(options.baseUrl);
  if (!LOOPBACK.has(base.hostname)) {
    throw new Error(`the sweep only targets a platform on this machine (loopback), not ${base.hostname}`);
  }
  const log = options.log ?? (() => undefined);
  const tenant = options.tenant ?? 'sweep-tenant';
  const random = seededRandom(options.seed ?? 1);
  const uuid = () => randomUuid(random);
  const started = Date.now();
  const deadline = options.maxSeconds === undefined ? Infinity : started + options.maxSeconds * 1000;
  const timeoutMs = options.requestTimeoutMs ?? 15_000;

  const tokens = new Map<Caller, string | undefined>();
  const organizationId = uuid();
  for (const caller of CALLERS) {
    tokens.set(
      caller,
      caller === 'anonymous'
        ? undefined
        : await signDevelopmentToken({
            keyFile: options.keyFile,
            sub: `sweep-${caller}`,
            tenant,
            roles: [caller],
            team: TEAM,
            ...(caller === 'provider_partner' ? { org: organizationId } : {}),
          }),
    );
  }
  const send = (request: SweepRequest, caller: Caller) => sendOne(base, request, tokens.get(caller), timeoutMs);

  const document = (await (await fetch(new URL('/docs/openapi.json', base))).json()) as OpenApiDocument;
  const operations = operationsOf(document);
  const ids = new Map<string, string>();
  const context: RequestContext = { fixtures: { idOf: (c) => ids.get(c) }, markers: new Markers(), uuid };

  // Records to aim the requests at: each collection's create, valid-shaped, by the first role allowed to.
  for (const operation of operations.filter((op) => op.method === 'post' && op.pathParams.length === 0)) {
    const request = requestsOf(operation, context)[0] as SweepRequest;
    for (const caller of ['admin', 'intake_worker', 'supervisor', 'case_manager'] as const) {
      const answer = await send(request, caller);
      const id = typeof answer.json?.['id'] === 'string' ? answer.json['id'] : undefined;
      if (id && typeof answer.status === 'number' && answer.status < 300) {
        ids.set(operation.path.split('/').at(-1) ?? '', id);
        break;
      }
    }
  }
  log(`aiming at records created in: ${[...ids.keys()].join(', ') || 'none'}`);

  // Every valid-shaped request as every caller first: the callers a route lets past its role check are the ones
  // its malformed requests are sent as, so that they reach validation rather than stop at 403.
  const requests = operations.map((operation) => requestsOf(operation, context));
  const answers: Answer[] = [];
  const allowed = new Map<string, Caller[]>();
  const valid = requests.flatMap((each) => CALLERS.map((caller) => ({ request: each[0] as SweepRequest, caller })));
  const skipped = (request: SweepRequest) => (options.skipFamilies ?? []).some((text) => request.family.includes(text));
  const malformed = shuffle(
    requests
      .flatMap((each) => each.slice(1))
      .filter((request) => !skipped(request))
      .flatMap((request) => CALLERS.map((caller) => ({ request, caller }))),
    random,
  );
  let stoppedEarly = false;
  const run = async (batch: readonly { request: SweepRequest; caller: Caller }[]): Promise<void> => {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batch.length) {
        if (Date.now() > deadline) {
          stoppedEarly = true;
          return;
        }
        const { request, caller } = batch[next++] as (typeof batch)[number];
        const sent = Date.now();
        const answer = await send(request, caller);
        const ms = Date.now() - sent;
        answers.push({ operation: request.operation, family: request.family, caller, status: answer.status, ms });
        if (answers.length % 2_000 === 0) log(`${answers.length} sent`);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  };
  await run(valid);
  for (const answer of answers) {
    if (answer.status === 401 || answer.status === 403) continue;
    allowed.set(answer.operation, [...(allowed.get(answer.operation) ?? []), answer.caller]);
  }
  const eligible = malformed.filter(({ request, caller }) =>
    (allowed.get(request.operation) ?? ['admin']).includes(caller),
  );
  const kept = eligible.filter(({ request }) => request.family.startsWith('body:deep-nesting'));
  const others = eligible.filter(({ request }) => !request.family.startsWith('body:deep-nesting'));
  const room =
    options.maxRequests === undefined ? others.length : Math.max(0, options.maxRequests - valid.length - kept.length);
  const planned = valid.length + kept.length + Math.min(room, others.length);
  log(
    `${operations.length} operations: ${valid.length} valid-shaped requests sent, ` +
      `${kept.length + Math.min(room, others.length)} of ${eligible.length} malformed ones to send`,
  );
  await run([...kept, ...others.slice(0, room)]);

  const byStatus = new Map<string, number>();
  for (const answer of answers) byStatus.set(String(answer.status), (byStatus.get(String(answer.status)) ?? 0) + 1);
  return {
    operations: operations.length,
    planned,
    sent: answers.length,
    stoppedEarly,
    elapsedMs: Date.now() - started,
    byStatus: new Map([...byStatus].sort(([a], [b]) => a.localeCompare(b))),
    serverErrors: answers.filter((a) => typeof a.status === 'number' && a.status >= 500),
    noAnswer: answers.filter((a) => typeof a.status !== 'number'),
    slowest: [...answers].sort((a, b) => b.ms - a.ms).slice(0, 10),
    afterwards: await checkAfterwards(operations, context, send, base, timeoutMs),
  };
}

/** Health answers 200 and a new client can be registered and a case opened for it. */
async function checkAfterwards(
  operations: readonly Operation[],
  context: RequestContext,
  send: (request: SweepRequest, caller: Caller) => Promise<{ status: number | string; json?: Record<string, unknown> }>,
  base: URL,
  timeoutMs: number,
): Promise<AfterwardsCheck> {
  const health = await sendOne(
    base,
    { operation: 'GET /health', family: 'valid', method: 'GET', url: '/health' },
    undefined,
    timeoutMs,
  );
  const commands: Record<string, number | string> = {};
  const command = async (path: string, body: object): Promise<Record<string, unknown> | undefined> => {
    const operation = operations.find((op) => op.method === 'post' && op.path === path);
    if (!operation) {
      commands[`POST ${path}`] = 'not in the document';
      return undefined;
    }
    const valid = validRequestOf(operation, context);
    const answer = await send(
      {
        operation: operation.name,
        family: 'valid',
        method: 'POST',
        url: valid.path,
        contentType: 'application/json',
        body: JSON.stringify(body),
      },
      'intake_worker',
    );
    commands[operation.name] = answer.status;
    return answer.json;
  };
  const clientId = context.uuid();
  const marker = () => context.markers.next();
  await command('/intake/clients', {
    clientId,
    givenName: marker(),
    familyName: marker(),
    dateOfBirth: '1979-06-14',
    preferredLanguage: 'es',
    identifiers: [{ system: 'medicaid', value: `MC${Date.now()}` }],
    contact: { phone: '+1-510-555-0134' },
    duplicateOverride: { reason: marker() },
  });
  await command('/intake/cases', {
    caseId: context.uuid(),
    clientId,
    programId: 'adult-behavioral-health',
    priority: 'urgent',
    referralSource: { kind: 'self', name: marker() },
  });
  const ok =
    health.status === 200 && Object.values(commands).every((status) => typeof status === 'number' && status === 201);
  return { healthStatus: health.status, commands, ok };
}

async function sendOne(
  base: URL,
  request: SweepRequest,
  token: string | undefined,
  timeoutMs: number,
): Promise<{ status: number | string; json?: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (request.contentType) headers['content-type'] = request.contentType;
  try {
    const response = await fetch(`${base.origin}${request.url}`, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return { status: response.status, ...(response.ok ? { json: parseObject(text) } : {}) };
  } catch (error) {
    return { status: failureOf(error) };
  }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function failureOf(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return `no answer (${cause?.code ?? (error instanceof Error ? error.name : 'unknown')})`;
}

/** mulberry32: small, seeded, good enough to pick a sample. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function randomUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(random() * 4) + 8) as number).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
