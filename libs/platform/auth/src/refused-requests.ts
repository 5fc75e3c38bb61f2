import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestContextOf, sanitizeCorrelationId, type RequestContext } from './request-context';

/** A request a service answered 401, 403 or 404 on one of its routes. */
export interface RefusedRequest {
  readonly method: string;
  /** The route's pattern (`/intake/cases/:id`), never the URL: a URL may carry personal data. */
  readonly route: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly status: 401 | 403 | 404;
  /** The `error` code of the answer's body, or `''`. */
  readonly error: string;
  readonly correlationId: string | undefined;
  /** The verified caller; absent on a 401, where no token was verified (and so no tenant is known). */
  readonly context: RequestContext | undefined;
}

const REFUSALS: ReadonlySet<number> = new Set([401, 403, 404]);

/**
 * Calls `onRefused` before a 401, 403 or 404 answer to a route under `prefix` leaves, so a service can record refused
 * requests for its data (DESIGN §8) whether the guard or a handler refused them. Unmatched URLs are not routes and
 * are left out. A failure of `onRefused` is its own to log: the answer goes out unchanged.
 */
export function watchRefusedRequests(
  fastify: FastifyInstance,
  prefix: string,
  onRefused: (refused: RefusedRequest) => Promise<void>,
): void {
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const route = request.routeOptions.url;
    if (!REFUSALS.has(reply.statusCode) || route === undefined || !route.startsWith(prefix)) return payload;
    await onRefused({
      method: request.method,
      route,
      params: recordOf(request.params),
      query: recordOf(request.query),
      status: reply.statusCode as RefusedRequest['status'],
      error: errorCodeOf(payload),
      correlationId: requestContextOf(request)?.correlationId ?? correlationIdOf(request.headers['x-correlation-id']),
      context: requestContextOf(request),
      // onRefused logs its own failures; a refusal is answered as it was whatever happens here.
    }).catch(() => undefined);
    return payload;
  });
}

function recordOf(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function errorCodeOf(payload: unknown): string {
  if (typeof payload !== 'string') return '';
  try {
    const error: unknown = (JSON.parse(payload) as { error?: unknown }).error;
    return typeof error === 'string' ? error : '';
  } catch {
    return '';
  }
}

function correlationIdOf(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? sanitizeCorrelationId(value) : undefined;
}
