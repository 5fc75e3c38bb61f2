import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DomainError, migrateSchema, type SchemaMigration } from '@casemgmt/kernel';
import type { PersonalDataVault, SealedPersonalData } from './personal-data.port';

export const PERSONAL_DATA_SCHEMA = 'personal_data';

export const PERSONAL_DATA_MIGRATIONS: readonly SchemaMigration[] = [
  {
    version: 1,
    name: 'subject keys',
    sql: `
      CREATE TABLE personal_data.subject_keys (
        tenant_id    text        NOT NULL,
        subject_id   text        NOT NULL,
        key_id       uuid        NOT NULL,
        -- the data key, wrapped (AES-256-GCM) under the master key; NULL once shredded
        wrapped_key  bytea,
        wrap_iv      bytea,
        wrap_tag     bytea,
        created_at   timestamptz NOT NULL DEFAULT now(),
        shredded_at  timestamptz,
        PRIMARY KEY (tenant_id, subject_id),
        CHECK ((wrapped_key IS NULL) = (shredded_at IS NOT NULL))
      )`,
  },
];

export interface PostgresPersonalDataVaultOptions {
  readonly pool: Pool;
  /** Base64 of 32 random bytes: the key that wraps every subject's data key. */
  readonly masterKey: string;
  /** How long an opened data key is kept in memory; a shred elsewhere is seen after at most this long. */
  readonly keyCacheMs?: number;
  readonly keyCacheSize?: number;
}

interface CachedKey {
  readonly keyId: string;
  /** Undefined: shredded. */
  readonly key: Buffer | undefined;
  readonly until: number;
}

interface KeyRow {
  readonly key_id: string;
  readonly wrapped_key: Buffer | null;
  readonly wrap_iv: Buffer | null;
  readonly wrap_tag: Buffer | null;
}

const ALGORITHM = 'aes-256-gcm';

/**
 * One AES-256 data key per (tenant, subject) in `personal_data.subject_keys`, wrapped under a master key that never
 * touches the database. Shredding nulls the wrapped key; the row stays as the record that the subject was erased,
 * and refuses new personal data for that subject.
 */
export function createPostgresPersonalDataVault(options: PostgresPersonalDataVaultOptions): PersonalDataVault {
  const masterKey = Buffer.from(options.masterKey, 'base64');
  if (masterKey.length !== 32) throw new Error('the personal-data master key must be 32 bytes, base64-encoded');
  const cacheMs = options.keyCacheMs ?? 60_000;
  const cacheSize = options.keyCacheSize ?? 10_000;
  const cache = new Map<string, CachedKey>();
  let ready: Promise<unknown> | undefined;
  const migrated = (): Promise<unknown> =>
    (ready ??= migrateSchema(options.pool, PERSONAL_DATA_SCHEMA, PERSONAL_DATA_MIGRATIONS).catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));

  const cacheKey = (tenantId: string, subjectId: string): string => `${tenantId}\u0000${subjectId}`;
  const remember = (tenantId: string, subjectId: string, entry: Omit<CachedKey, 'until'>): CachedKey => {
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
    const cached = { ...entry, until: Date.now() + cacheMs };
    cache.set(cacheKey(tenantId, subjectId), cached);
    return cached;
  };
  const wrapAad = (tenantId: string, subjectId: string, keyId: string): Buffer =>
    Buffer.from(`${tenantId}\n${subjectId}\n${keyId}`);
  const dataAad = (tenantId: string, subjectId: string): Buffer => Buffer.from(`${tenantId}\n${subjectId}`);

  const unwrap = (tenantId: string, subjectId: string, row: KeyRow): Buffer | undefined => {
    if (!row.wrapped_key || !row.wrap_iv || !row.wrap_tag) return undefined;
    const decipher = createDecipheriv(ALGORITHM, masterKey, row.wrap_iv);
    decipher.setAAD(wrapAad(tenantId, subjectId, row.key_id));
    decipher.setAuthTag(row.wrap_tag);
    return Buffer.concat([decipher.update(row.wrapped_key), decipher.final()]);
  };

  const readKey = async (tenantId: string, subjectId: string): Promise<CachedKey | undefined> => {
    const cached = cache.get(cacheKey(tenantId, subjectId));
    if (cached && cached.until > Date.now()) return cached;
    await migrated();
    const { rows } = await options.pool.query<KeyRow>(
      'SELECT key_id, wrapped_key, wrap_iv, wrap_tag FROM personal_data.subject_keys WHERE tenant_id = $1 AND subject_id = $2',
      [tenantId, subjectId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return remember(tenantId, subjectId, { keyId: row.key_id, key: unwrap(tenantId, subjectId, row) });
  };

  const keyForSealing = async (tenantId: string, subjectId: string): Promise<CachedKey> => {
    const existing = await readKey(tenantId, subjectId);
    if (existing) return existing;
    const key = randomBytes(32);
    const keyId = randomUUID();
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, masterKey, iv);
    cipher.setAAD(wrapAad(tenantId, subjectId, keyId));
    const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
    // Two writers may create the first key of a subject at once: the first insert wins and both use its key.
    await options.pool.query(
      `INSERT INTO personal_data.subject_keys (tenant_id, subject_id, key_id, wrapped_key, wrap_iv, wrap_tag)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, subject_id) DO NOTHING`,
      [tenantId, subjectId, keyId, wrapped, iv, cipher.getAuthTag()],
    );
    cache.delete(cacheKey(tenantId, subjectId));
    const created = await readKey(tenantId, subjectId);
    if (!created) throw new Error(`personal-data key of ${subjectId} vanished while it was created`);
    return created;
  };

  /** Reads the keys of the subjects not in the cache in one query, and caches them. */
  const preload = async (tenantId: string, subjectIds: readonly string[]): Promise<void> => {
    const now = Date.now();
    const missing = [...new Set(subjectIds)].filter((subjectId) => {
      const cached = cache.get(cacheKey(tenantId, subjectId));
      return !cached || cached.until <= now;
    });
    if (missing.length === 0) return;
    await migrated();
    const { rows } = await options.pool.query<KeyRow & { subject_id: string }>(
      `SELECT subject_id, key_id, wrapped_key, wrap_iv, wrap_tag FROM personal_data.subject_keys
        WHERE tenant_id = $1 AND subject_id = ANY($2)`,
      [tenantId, missing],
    );
    for (const row of rows) {
      remember(tenantId, row.subject_id, { keyId: row.key_id, key: unwrap(tenantId, row.subject_id, row) });
    }
  };

  const vault: PersonalDataVault = {
    async openMany(tenantId, items): Promise<unknown[]> {
      await preload(
        tenantId,
        items.map((item) => item.subjectId),
      );
      return Promise.all(items.map((item) => vault.open(tenantId, item.subjectId, item.sealed)));
    },

    async seal(tenantId, subjectId, value): Promise<SealedPersonalData> {
      const { keyId, key } = await keyForSealing(tenantId, subjectId);
      if (!key) {
        throw new DomainError(
          'PERSONAL_DATA.SUBJECT_ERASED',
          'unprocessable',
          `the personal data of ${subjectId} was erased; no new personal data can be recorded for it`,
          { subjectId },
        );
      }
      const iv = randomBytes(12);
      const cipher = createCipheriv(ALGORITHM, key, iv);
      cipher.setAAD(dataAad(tenantId, subjectId));
      const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return {
        $sealed: 'A256GCM',
        keyId,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
      };
    },

    async open(tenantId, subjectId, sealed): Promise<unknown> {
      const found = await readKey(tenantId, subjectId);
      if (!found?.key) return undefined;
      if (found.keyId !== sealed.keyId) {
        throw new Error(
          `personal data of ${subjectId} was sealed with key ${sealed.keyId}, not its key ${found.keyId}`,
        );
      }
      const decipher = createDecipheriv(ALGORITHM, found.key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(dataAad(tenantId, subjectId));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      const plaintext = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
      return JSON.parse(plaintext.toString('utf8')) as unknown;
    },

    async shred(tenantId, subjectId): Promise<boolean> {
      await migrated();
      const { rowCount } = await options.pool.query(
        `UPDATE personal_data.subject_keys SET wrapped_key = NULL, wrap_iv = NULL, wrap_tag = NULL, shredded_at = now()
         WHERE tenant_id = $1 AND subject_id = $2 AND shredded_at IS NULL`,
        [tenantId, subjectId],
      );
      if (!rowCount) {
        // No key yet: record the erasure so that no personal data is sealed for the subject later.
        await options.pool.query(
          `INSERT INTO personal_data.subject_keys (tenant_id, subject_id, key_id, shredded_at)
           VALUES ($1, $2, $3, now()) ON CONFLICT (tenant_id, subject_id) DO NOTHING`,
          [tenantId, subjectId, randomUUID()],
        );
      }
      cache.delete(cacheKey(tenantId, subjectId));
      return (rowCount ?? 0) > 0;
    },

    async isShredded(tenantId, subjectId): Promise<boolean> {
      const found = await readKey(tenantId, subjectId);
      return found !== undefined && found.key === undefined;
    },
  };
  return vault;
}
