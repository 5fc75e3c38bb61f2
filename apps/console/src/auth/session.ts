/** Who is signed in, as the token says; the console shows it and picks the home screen from the roles. */
export interface Session {
  readonly token: string;
  readonly sub: string;
  readonly tenant: string;
  readonly roles: readonly string[];
  readonly team?: string;
  readonly name?: string;
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

const KEY = 'casemgmt.session';
// Kept for the tab only: closing it signs out, and no other site's script can read it.
const store = (): Storage => window.sessionStorage;

/** The claims of a JWT's payload, unverified: the API verifies; the console only reads who it is talking as. */
export function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (char) => char.charCodeAt(0));
  const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof claims !== 'object' || claims === null) throw new Error('not a JWT');
  return claims as Record<string, unknown>;
}

/** The session a token opens, or undefined for a token that cannot be read or has expired. */
export function sessionOf(token: string, now = Date.now()): Session | undefined {
  try {
    const claims = claimsOf(token);
    const roles = Array.isArray(claims['roles']) ? claims['roles'].filter((role) => typeof role === 'string') : [];
    const { sub, tenant, exp, team, name } = claims;
    if (typeof sub !== 'string' || typeof tenant !== 'string' || typeof exp !== 'number') return undefined;
    if (exp * 1000 <= now) return undefined;
    return {
      token,
      sub,
      tenant,
      roles,
      expiresAt: exp,
      ...(typeof team === 'string' ? { team } : {}),
      ...(typeof name === 'string' ? { name } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The session of this tab, if one is open and has not expired. */
export function currentSession(): Session | undefined {
  const token = store().getItem(KEY);
  const session = token ? sessionOf(token) : undefined;
  if (token && !session) store().removeItem(KEY);
  return session;
}

/** Opens a session with a token; undefined when the token cannot be used. */
export function openSession(token: string): Session | undefined {
  const session = sessionOf(token);
  if (session) store().setItem(KEY, token);
  return session;
}

export function closeSession(): void {
  store().removeItem(KEY);
}
