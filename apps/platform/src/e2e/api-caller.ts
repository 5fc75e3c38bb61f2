import { signDevelopmentToken, type Role } from '@casemgmt/auth';

export type Json = Record<string, unknown>;
export type Method = 'GET' | 'POST' | 'PUT';

/** Who calls: the token's subject, roles and team. */
export interface Caller {
  readonly roles: readonly Role[];
  readonly sub: string;
  readonly team?: string;
  /** The organisation a provider partner's token belongs to. */
  readonly org?: string;
}

/** Calls a running service as a caller of the tenant, with a token signed by the development key. */
export function apiCaller(keyFile: string, tenant: string) {
  return async (base: string, method: Method, path: string, caller: Caller, body?: object) => {
    const token = await signDevelopmentToken({
      keyFile,
      sub: caller.sub,
      tenant,
      roles: caller.roles,
      ...(caller.team ? { team: caller.team } : {}),
      ...(caller.org ? { org: caller.org } : {}),
    });
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The probe's first defined answer; services follow each other asynchronously (Kafka, or the store's subscription). */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await pause(100);
  }
}
