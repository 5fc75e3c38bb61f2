import { randomUUID } from 'node:crypto';
import { TokenRejectedError } from './auth.errors';
import { knownRoles, type Role } from './roles';

/** Who is acting: the token's subject and what the token says about them. */
export interface Actor {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly name?: string;
  readonly teamId?: string;
  readonly organizationId?: string;
  /** Subject of the RFC 8693 `act` claim: the party acting for `id` (delegation/impersonation). */
  readonly onBehalfOf?: string;
}

/** What every handler knows about an authenticated request; plain data, safe to copy into event metadata. */
export interface RequestContext {
  readonly tenantId: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly traceparent?: string;
}

export interface ClaimNames {
  readonly tenantClaim: string;
  readonly rolesClaim: string;
}

export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

const CORRELATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** Maps verified claims and request headers to a {@link RequestContext}; throws {@link TokenRejectedError}. */
export function buildRequestContext(
  claims: Readonly<Record<string, unknown>>,
  headers: RequestHeaders,
  names: ClaimNames,
): RequestContext {
  const tenantId = readClaim(claims, names.tenantClaim);
  if (!isNonEmptyString(tenantId)) throw new TokenRejectedError('token has no tenant');
  if (!isNonEmptyString(claims['sub'])) throw new TokenRejectedError('token has no subject');
  const actor: Actor = Object.freeze({
    id: claims['sub'],
    roles: Object.freeze([...knownRoles(readClaim(claims, names.rolesClaim))]),
    ...optional('name', claims['name']),
    ...optional('teamId', claims['team']),
    ...optional('organizationId', claims['org']),
    ...optional('onBehalfOf', readClaim(claims, 'act.sub')),
  });
  const traceparent = validTraceparent(header(headers, 'traceparent'));
  return Object.freeze({
    tenantId,
    actor,
    correlationId: sanitizeCorrelationId(header(headers, 'x-correlation-id')) ?? randomUUID(),
    ...(traceparent ? { traceparent } : {}),
  });
}

/**
 * Reads a claim by name, or by dotted path into nested objects (`realm_access.roles`).
 * A claim whose name itself contains dots (`https://example.org/roles`) is found first.
 */
export function readClaim(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path];
  let value: unknown = claims;
  for (const segment of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** The id if it is a sane correlation id (1–128 of `A-Z a-z 0-9 . _ : -`), else undefined. */
export function sanitizeCorrelationId(value: string | undefined): string | undefined {
  return value !== undefined && CORRELATION_ID.test(value) ? value : undefined;
}

/** The header if it is a valid W3C `traceparent`, else undefined. */
export function validTraceparent(value: string | undefined): string | undefined {
  const match = value === undefined ? null : TRACEPARENT.exec(value);
  if (!match || match[1] === 'ff' || /^0+$/.test(match[2] ?? '') || /^0+$/.test(match[3] ?? '')) return undefined;
  return value;
}

function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

function optional<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return isNonEmptyString(value) ? ({ [key]: value } as { [P in K]: string }) : {};
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

const contexts = new WeakMap<object, RequestContext>();

/** The context the auth guard attached to this request, if any (undefined on public routes). */
export function requestContextOf(request: object): RequestContext | undefined {
  return contexts.get(request);
}

export function attachRequestContext(request: object, context: RequestContext): void {
  contexts.set(request, context);
}
