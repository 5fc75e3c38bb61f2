import type { LoggerService } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
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
  /** The route as the access log names it: `GET /intake/cases/{id}`. */
  readonly view: string;
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
      view: `${request.method} ${route.replace(/:(\w+)/g, '{$1}')}`,
      error: errorCodeOf(payload),
      correlationId: requestContextOf(request)?.correlationId ?? correlationIdOf(request.headers['x-correlation-id']),
      context: requestContextOf(request),
      // onRefused logs its own failures; a refusal is answered as it was whatever happens here.
    }).catch(() => undefined);
    return payload;
  });
}

/**
 * Records the refused requests of a service's routes under `prefix` (DESIGN §8, ADR 0012): `record` files a verified
 * caller's refusal in the service's access log; a 401 has no verified tenant to file it under, so it is a warning in
 * the service's log naming the route, never the URL or the token. A failure to record is logged, never answered.
 */
export function recordRefusedRequests(
  host: HttpAdapterHost,
  prefix: string,
  logger: LoggerService,
  record: (context: RequestContext, refused: RefusedRequest) => Promise<void>,
): void {
  const instance: unknown = host.httpAdapter?.getInstance();
  if (typeof (instance as { addHook?: unknown } | undefined)?.addHook !== 'function') return;
  watchRefusedRequests(instance as FastifyInstance, prefix, async (refused) => {
    const { view, status, error, correlationId, context } = refused;
    if (!context) {
      logger.warn({
        msg: 'refused an unauthenticated request',
        view,
        status,
        error,
        ...(correlationId ? { correlationId } : {}),
      });
      return;
    }
    try {
      await record(context, refused);
    } catch (failure) {
      logger.error({ msg: 'could not record a refused request', view, error: String(failure) });
    }
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id a refused request named in `value` (a path or query parameter), when it is one; never anything else. */
export function namedId(value: unknown): string | null {
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null;
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
