import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createPostgresEventStore, type EventStore, type RecordedEvent } from '@casemgmt/event-store';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { isSealedPersonalData, type PersonalDataVault, type SealedPersonalData } from './personal-data.port';
import { createPostgresPersonalDataVault } from './postgres-personal-data.vault';
import { protectPersonalData, sealPersonalData } from './protect-personal-data';

interface Registered {
  readonly type: 'ClientRegistered';
  readonly data: { readonly clientId: string; readonly preferredLanguage: string; readonly personal: unknown };
}

describe('personal data sealed per client in the PostgreSQL event store', () => {
  let database: TestDatabase;
  let pool: Pool;
  let plain: EventStore;
  let vault: PersonalDataVault;
  let store: EventStore;
  const masterKey = randomBytes(32).toString('base64');

  const register = async (clientId: string, givenName: string): Promise<void> => {
    await store.appendToStream<Registered>(
      `intake.client-${clientId}`,
      [
        {
          type: 'ClientRegistered',
          data: { clientId, preferredLanguage: 'es', personal: { givenName, dateOfBirth: '1984-02-29' } },
          metadata: {
            tenantId: 'county-a',
            actor: { id: 'iw-1', role: 'intake_worker' },
            correlationId: 'c',
            clientId,
          },
        },
      ],
      { expectedVersion: 'no_stream' },
    );
  };

  beforeAll(async () => {
    database = await createTestDatabase('personal_data');
    pool = new Pool({ connectionString: database.url, max: 4 });
    plain = await createPostgresEventStore({ pool });
    vault = createPostgresPersonalDataVault({ pool, masterKey });
    store = protectPersonalData(plain, vault);
  });

  afterAll(async () => {
    await plain?.close();
    await pool?.end();
    await database?.drop();
  });

  it('stores only ciphertext and gives the handlers back the plain values', async () => {
    const clientId = randomUUID();
    await register(clientId, 'Marisol');

    const [stored] = await plain.readStream<Registered>(`intake.client-${clientId}`);
    expect(isSealedPersonalData(stored?.data.personal)).toBe(true);
    expect(stored?.data.preferredLanguage).toBe('es');
    const { rows } = await pool.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM event_store.events WHERE data::text LIKE '%Marisol%' OR data::text LIKE '%1984-02-29%'",
    );
    expect(rows[0]?.n).toBe('0');

    const [opened] = await store.readStream<Registered>(`intake.client-${clientId}`);
    expect(opened?.data.personal).toEqual({ givenName: 'Marisol', dateOfBirth: '1984-02-29' });
    const folded = await store.aggregateStream<string | undefined, Registered>(`intake.client-${clientId}`, {
      initialState: () => undefined,
      evolve: (_, event) => (event.data.personal as { givenName: string } | null)?.givenName,
    });
    expect(folded).toEqual({ state: 'Marisol', streamVersion: 1, streamExists: true });
  });

  it('seals on append for a command handler, and folds the stream as stored, without opening it', async () => {
    const clientId = randomUUID();
    const sealing = sealPersonalData(plain, vault);
    await sealing.appendToStream<Registered>(
      `intake.client-${clientId}`,
      [
        {
          type: 'ClientRegistered',
          data: { clientId, preferredLanguage: 'en', personal: { givenName: 'Ines', dateOfBirth: '1990-01-01' } },
          metadata: {
            tenantId: 'county-a',
            actor: { id: 'iw-1', role: 'intake_worker' },
            correlationId: 'c',
            clientId,
          },
        },
      ],
      { expectedVersion: 'no_stream' },
    );
    const { rows } = await pool.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM event_store.events WHERE data::text LIKE '%Ines%'",
    );
    expect(rows[0]?.n).toBe('0');
    const folded = await sealing.aggregateStream<unknown, Registered>(`intake.client-${clientId}`, {
      initialState: () => undefined,
      evolve: (_, event) => event.data.personal,
    });
    expect(isSealedPersonalData(folded.state)).toBe(true);
    const [opened] = await store.readStream<Registered>(`intake.client-${clientId}`);
    expect(opened?.data.personal).toEqual({ givenName: 'Ines', dateOfBirth: '1990-01-01' });
  });

  it('opens events for subscribers too', async () => {
    const clientId = randomUUID();
    await register(clientId, 'Tomasz');
    const seen: RecordedEvent[] = [];
    await new Promise<void>((resolve, reject) => {
      const subscription = store.subscribe({
        subscriptionId: `spec-${clientId}`,
        categories: ['intake.client'],
        handler: async (events) => {
          seen.push(...events.filter((event) => event.streamId === `intake.client-${clientId}`));
          if (seen.length > 0) void subscription.stop().then(resolve, reject);
        },
      });
    });
    expect((seen[0]?.data as Registered['data']).personal).toEqual({ givenName: 'Tomasz', dateOfBirth: '1984-02-29' });
  });

  it('makes the data unreadable once the key is shredded, while every stored event stays as it was', async () => {
    const clientId = randomUUID();
    const other = randomUUID();
    await register(clientId, 'Ines');
    await register(other, 'Kwame');
    const before = await plain.readStream(`intake.client-${clientId}`);

    expect(await vault.shred('county-a', clientId)).toBe(true);

    expect(await plain.readStream(`intake.client-${clientId}`)).toEqual(before);
    const [erased] = await store.readStream<Registered>(`intake.client-${clientId}`);
    expect(erased?.data).toEqual({ clientId, preferredLanguage: 'es', personal: null });
    expect(await vault.isShredded('county-a', clientId)).toBe(true);
    const [untouched] = await store.readStream<Registered>(`intake.client-${other}`);
    expect(untouched?.data.personal).toEqual({ givenName: 'Kwame', dateOfBirth: '1984-02-29' });
    // A second vault (another process) without a cached key cannot open it either.
    const freshVault = createPostgresPersonalDataVault({ pool, masterKey });
    const sealed = before[0]?.data as Registered['data'];
    expect(isSealedPersonalData(sealed.personal)).toBe(true);
    if (isSealedPersonalData(sealed.personal)) {
      expect(await freshVault.open('county-a', clientId, sealed.personal)).toBeUndefined();
    }
  });

  it('opens a page of many clients’ values at once, in order, an erased one as nothing', async () => {
    const clients = [randomUUID(), randomUUID(), randomUUID()];
    const sealed = await Promise.all(clients.map((clientId, index) => vault.seal('county-a', clientId, { n: index })));
    const [, erased] = clients;
    await vault.shred('county-a', erased ?? '');
    // Another process, with no key cached: one read of the keys for the whole page.
    const freshVault = createPostgresPersonalDataVault({ pool, masterKey });
    const items = clients.map((subjectId, index) => ({ subjectId, sealed: sealed[index] as SealedPersonalData }));
    expect(await freshVault.openMany('county-a', items)).toEqual([{ n: 0 }, undefined, { n: 2 }]);
    expect(await freshVault.openMany('county-b', items.slice(0, 1))).toEqual([undefined]);
  });

  it('refuses new personal data for an erased client', async () => {
    const clientId = randomUUID();
    await vault.shred('county-a', clientId);
    await expect(register(clientId, 'Late')).rejects.toMatchObject({ code: 'PERSONAL_DATA.SUBJECT_ERASED' });
    await expect(plain.readStream(`intake.client-${clientId}`)).rejects.toMatchObject({
      code: 'EVENT_STORE.STREAM_NOT_FOUND',
    });
    const folded = await store.aggregateStream(`intake.client-${clientId}`, {
      initialState: () => 'none',
      evolve: () => 'some',
    });
    expect(folded).toEqual({ state: 'none', streamVersion: 0, streamExists: false });
  });

  it('does not open a sealed value copied onto another client or another tenant', async () => {
    const clientId = randomUUID();
    const sealed = await vault.seal('county-a', clientId, { givenName: 'Ana' });
    await expect(vault.open('county-a', randomUUID(), sealed)).resolves.toBeUndefined();
    await vault.seal('county-b', clientId, { givenName: 'other tenant' });
    await expect(vault.open('county-b', clientId, sealed)).rejects.toThrow(/sealed with key/);
    await expect(
      vault.open('county-a', clientId, { ...sealed, ciphertext: Buffer.from('tampered').toString('base64') }),
    ).rejects.toThrow();
  });

  it('refuses personal data without a client to seal it for', async () => {
    await expect(
      store.appendToStream(
        `intake.client-${randomUUID()}`,
        [
          {
            type: 'ClientRegistered',
            data: { personal: { givenName: 'Nobody' } },
            metadata: { tenantId: 'county-a', actor: { id: 'iw-1', role: 'intake_worker' }, correlationId: 'c' },
          },
        ],
        { expectedVersion: 'any' },
      ),
    ).rejects.toThrow(/names no metadata.clientId/);
  });

  it('gives one key to two writers sealing a new client at once', async () => {
    const clientId = randomUUID();
    const [first, second] = await Promise.all([
      vault.seal('county-a', clientId, 'one'),
      createPostgresPersonalDataVault({ pool, masterKey }).seal('county-a', clientId, 'two'),
    ]);
    expect(first.keyId).toBe(second.keyId);
    await expect(vault.open('county-a', clientId, second)).resolves.toBe('two');
  });
});
