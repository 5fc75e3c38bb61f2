import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Keyed hashes of normalised personal values, for finding a client without keeping the value: the read model stores
 * `term(tenant, kind, value)` and a search computes the same term from what the worker typed. Each tenant has its own
 * search key, so equal values of two agencies never share a term.
 */
export interface BlindIndex {
  /** HMAC-SHA-256 of `kind` and the (already normalised) value under the tenant's search key, base64url. */
  term(tenantId: string, kind: string, normalisedValue: string): string;
}

const KEY_INFO = 'casemgmt personal-data blind index v1';

/**
 * The blind index whose per-tenant search keys are derived (HKDF-SHA-256) from the personal-data master key: no
 * search key is ever stored, and a new master key means rebuilding the search read models.
 */
export function createBlindIndex(masterKey: string): BlindIndex {
  const master = Buffer.from(masterKey, 'base64');
  if (master.length !== 32) throw new Error('the personal-data master key must be 32 bytes, base64-encoded');
  const keys = new Map<string, Buffer>();
  const keyOf = (tenantId: string): Buffer => {
    const known = keys.get(tenantId);
    if (known) return known;
    const key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `${KEY_INFO}\n${tenantId}`, 32));
    keys.set(tenantId, key);
    return key;
  };
  return {
    term: (tenantId, kind, normalisedValue) =>
      createHmac('sha256', keyOf(tenantId)).update(`${kind}\n${normalisedValue}`, 'utf8').digest('base64url'),
  };
}
