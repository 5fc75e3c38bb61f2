import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { SqlTransaction } from '@casemgmt/event-store';
import type { IncomingEvent } from '@casemgmt/messaging';
import { createPostgresPersonalDataVault, type PersonalDataVault } from '@casemgmt/personal-data';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { clientErasureHandler } from './client-erasure.handler';

// Care plan with a database of its own: its vault holds its own copy of each client's key, which intake's erasure
// must reach through the event, or care plan's sealed notes would stay readable.
describe('a client erased in intake, in care plan’s own vault', () => {
  let database: TestDatabase;
  let pool: Pool;
  let vault: PersonalDataVault;

  beforeAll(async () => {
    database = await createTestDatabase('care_plan_erasure');
    pool = new Pool({ connectionString: database.url, max: 2 });
    vault = createPostgresPersonalDataVault({ pool, masterKey: randomBytes(32).toString('base64') });
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  const erased = (tenantId: string, clientId: string): IncomingEvent => ({
    type: 'intake.ClientPersonalDataErased.v1',
    eventId: randomUUID(),
    service: 'intake',
    source: '/casemgmt/intake',
    streamId: `intake.client-${clientId}`,
    streamVersion: 3,
    globalPosition: 42n,
    occurredAt: new Date(),
    recordedAt: new Date(),
    data: { clientId, basis: 'client_request' },
    metadata: { tenantId, actor: { id: 'adm-1', role: 'admin' }, correlationId: 'corr-1' },
    origin: { kind: 'store', subscriptionId: 'care-plan', logPosition: { commit: 42n, prepare: 42n } },
  });
  const noTransaction = {} as SqlTransaction;

  it('shreds the client’s key: what care plan sealed reads as nothing, and nothing new is sealed for the client', async () => {
    const clientId = randomUUID();
    const other = randomUUID();
    const sealed = await vault.seal('county-a', clientId, { notes: 'Visited at home' });
    const othersSealed = await vault.seal('county-a', other, { notes: 'Phone call' });
    await clientErasureHandler(vault)(erased('county-a', clientId), noTransaction);
    expect(await vault.open('county-a', clientId, sealed)).toBeUndefined();
    await expect(vault.seal('county-a', clientId, { notes: 'again' })).rejects.toThrow(/erased/);
    expect(await vault.open('county-a', other, othersSealed)).toEqual({ notes: 'Phone call' });
  });

  it('changes nothing in another tenant, and takes the same event twice', async () => {
    const clientId = randomUUID();
    const sealed = await vault.seal('county-b', clientId, { notes: 'Office visit' });
    await clientErasureHandler(vault)(erased('county-a', clientId), noTransaction);
    expect(await vault.open('county-b', clientId, sealed)).toEqual({ notes: 'Office visit' });
    await clientErasureHandler(vault)(erased('county-b', clientId), noTransaction);
    await clientErasureHandler(vault)(erased('county-b', clientId), noTransaction);
    expect(await vault.open('county-b', clientId, sealed)).toBeUndefined();
  });
});
