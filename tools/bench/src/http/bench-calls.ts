import { signDevelopmentToken, type Role } from '@casemgmt/auth';

/** Who a development token speaks for beyond its role: a team, or a provider's organisation. */
export interface TokenScope {
  readonly team?: string | undefined;
  readonly org?: string | undefined;
}

/** A caller's token and the JSON content type. */
export interface JsonHeaders extends Record<string, string> {
  readonly authorization: string;
  readonly 'content-type': string;
}

/** Development tokens of one tenant, as `npm run token` signs them, signed once per caller. */
export class DevelopmentTokens {
  private readonly signed = new Map<string, Promise<string>>();

  constructor(
    private readonly keyFile: string,
    private readonly tenant: string,
  ) {}

  /** The headers of a JSON request by the caller. */
  headers(sub: string, role: Role, scope: TokenScope = {}): Promise<JsonHeaders> {
    const key = `${sub}/${role}/${scope.team ?? ''}/${scope.org ?? ''}`;
    let token = this.signed.get(key);
    if (!token) {
      token = signDevelopmentToken({
        keyFile: this.keyFile,
        sub,
        tenant: this.tenant,
        roles: [role],
        ...(scope.team ? { team: scope.team } : {}),
        ...(scope.org ? { org: scope.org } : {}),
      });
      this.signed.set(key, token);
    }
    return token.then((value) => ({ authorization: `Bearer ${value}`, 'content-type': 'application/json' }));
  }
}

/** Calls a server once, as a caller would; throws unless it answers `expected` (201 for a POST, else 200). */
export async function callJson(
  url: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  headers: Record<string, string>,
  body?: object,
  expected = method === 'POST' ? 201 : 200,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (response.status !== expected) {
    throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  }
  return answer;
}

/** Polls `check` every `everyMs` until it holds; throws after `timeoutMs`. */
export async function until(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 120_000,
  everyMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
