import createClient, { type Middleware } from 'openapi-fetch';
import { closeSession, currentSession } from '../auth/session';
import type { paths } from './schema';

/** Where the API is: the console's own origin (served by the platform), or VITE_API_BASE_URL when deployed apart. */
export const API_BASE: string = import.meta.env.VITE_API_BASE_URL ?? window.location.origin;

const bearer: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session) request.headers.set('authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    // The token was refused (expired, revoked, key rotated): the next screen asks to sign in again.
    if (response.status === 401) closeSession();
    return response;
  },
};

/**
 * The platform's API, typed from its OpenAPI document (apps/console/src/api/schema.ts, generated). Answers are read
 * as JSON, so a route that also answers CSV or FHIR is typed by its JSON schema; files are read with `parseAs: 'blob'`.
 */
export const api = createClient<paths, 'application/json'>({ baseUrl: API_BASE });
api.use(bearer);

/** An answer that is not a success, as the screens tell a person about it. */
export interface Problem {
  readonly status: number;
  /** The API's error code (`CARE_PLAN.CASE_NOT_FOUND`), or `NETWORK` when no answer came. */
  readonly code: string;
  readonly message: string;
  /** Field violations of a 400, each with its reasons. */
  readonly violations: readonly { readonly field: string; readonly reasons: readonly string[] }[];
}

/** The problem in an API error body (the platform's one error shape), or a generic one for its status. */
export function problemOf(status: number, body: unknown): Problem {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const violations = Array.isArray(record['violations'])
    ? record['violations'].flatMap((each: unknown) => {
        const v = each as { field?: unknown; reasons?: unknown };
        return typeof v.field === 'string' && Array.isArray(v.reasons)
          ? [{ field: v.field, reasons: v.reasons.filter((r): r is string => typeof r === 'string') }]
          : [];
      })
    : [];
  // A rule of the domain names its one field in the details (`{ field, reason }`); validation names them all.
  const details = typeof record['details'] === 'object' && record['details'] !== null ? record['details'] : {};
  const { field, reason } = details as { field?: unknown; reason?: unknown };
  if (violations.length === 0 && typeof field === 'string' && typeof reason === 'string') {
    violations.push({ field, reasons: [reason] });
  }
  return {
    status,
    code: typeof record['error'] === 'string' ? record['error'] : `HTTP_${status}`,
    message: typeof record['message'] === 'string' ? record['message'] : `The server answered ${status}`,
    violations,
  };
}

/** What a failed fetch (no answer at all) looks like to the screens. */
export const NETWORK_PROBLEM: Problem = {
  status: 0,
  code: 'NETWORK',
  message: 'The server could not be reached',
  violations: [],
};

/** Data or a problem: the one result every screen handles. */
export type Result<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problem: Problem };

/** Runs an openapi-fetch call and turns its answer (or its failure to arrive) into a {@link Result}. */
export async function resultOf<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Result<T>> {
  try {
    const { data, error, response } = await call;
    if (response.ok) return { ok: true, data: data as T };
    return { ok: false, problem: problemOf(response.status, error) };
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
}
