import { isSealedPersonalData } from '@casemgmt/personal-data';
import { createTestDatabase, type TestDatabase } from '@casemgmt/testing';
import { startIntakeTestApp, type IntakeCaller, type IntakeTestApp } from '../testing/intake-test-app';
import { accessLogStreamId } from '../shared/intake-streams';

const WORKER: IntakeCaller = { roles: ['intake_worker'], sub: 'worker-1' };
const SUPERVISOR: IntakeCaller = { roles: ['supervisor'], sub: 'supervisor-1', team: 'team-1' };
const ADMIN: IntakeCaller = { roles: ['admin'], sub: 'admin-1' };
const AUDITOR: IntakeCaller = { roles: ['auditor'], sub: 'auditor-1' };
const PARTNER: IntakeCaller = { roles: ['provider_partner'], sub: 'partner-1' };
const OTHER_COUNTY: IntakeCaller = { roles: ['admin'], sub: 'admin-b', tenant: 'county-b' };

const MARIA = '0190f3a0-1111-7000-8000-000000000001';
const MARIA_AGAIN = '0190f3a0-1111-7000-8000-000000000002';
const STRANGER = '0190f3a0-1111-7000-8000-000000000003';

const maria = {
  clientId: MARIA,
  givenName: 'María',
  familyName: 'Quiñónez',
  dateOfBirth: '1984-07-12',
  identifiers: [{ system: 'ssn', value: '123-45-6789' }],
  contact: {
    phone: '+1 510 555 0100',
    address: { line1: '12 Harbor Way', city: 'Oakland', state: 'CA', postalCode: '94607' },
  },
  preferredLanguage: 'es',
  demographics: { sex: 'female', veteran: false },
};
// Words that must never appear in the stored events: all of them are sealed.
const PLAINTEXT = [
  'Quiñónez',
  'Quinonez',
  'María',
  'Maria',
  '1984-07-12',
  '123-45-6789',
  '123456789',
  'Harbor Way',
  '555 0100',
];

describe('clients over HTTP', () => {
  let database: TestDatabase;
  let intake: IntakeTestApp;

  const storedEventsContaining = async (text: string): Promise<number> => {
    const { rows } = await intake.pool.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM event_store.events WHERE data::text ILIKE $1 OR metadata::text ILIKE $1`,
      [`%${text}%`],
    );
    return Number(rows[0]?.count);
  };
  const searchRow = async (clientId: string) =>
    (
      await intake.pool.query<Record<string, unknown>>(
        `SELECT c.merged_into, c.erased, c.version,
                (SELECT count(*)::int FROM intake.client_search_term t
                 WHERE t.tenant_id = c.tenant_id AND t.client_id = c.client_id) AS terms
         FROM intake.client_search c WHERE c.tenant_id = 'county-a' AND c.client_id = $1`,
        [clientId],
      )
    ).rows[0];
  const searchTablesContaining = async (text: string): Promise<number> => {
    const { rows } = await intake.pool.query<{ count: string }>(
      `SELECT ((SELECT count(*) FROM intake.client_search c WHERE c::text ILIKE $1)
             + (SELECT count(*) FROM intake.client_search_term t WHERE t::text ILIKE $1))::text AS count`,
      [`%${text}%`],
    );
    return Number(rows[0]?.count);
  };
  const accessEntries = async (clientId: string) =>
    (await intake.rawStore.readStream(accessLogStreamId('county-a', clientId))).map((event) => event.data['view']);

  beforeAll(async () => {
    database = await createTestDatabase('intake_client');
    intake = await startIntakeTestApp(database.url);
  }, 120_000);

  afterAll(async () => {
    await intake?.close();
    await database?.drop();
  });

  it('registers a client and keeps the personal data sealed in the store', async () => {
    const registered = await intake.call('POST', '/intake/clients', WORKER, maria);
    expect(registered).toEqual({ status: 201, body: { id: MARIA, version: 1, changed: true } });

    const [stored] = await intake.rawStore.readStream(`intake.client-${MARIA}`);
    expect(stored?.type).toBe('ClientRegistered');
    expect(stored?.metadata.clientId).toBe(MARIA);
    expect(isSealedPersonalData(stored?.data['personal'])).toBe(true);
    for (const text of PLAINTEXT) expect(await storedEventsContaining(text)).toBe(0);
  });

  it('answers 400 naming the field when the date of birth is not a date', async () => {
    const answer = await intake.call('POST', '/intake/clients', WORKER, {
      ...maria,
      clientId: STRANGER,
      dateOfBirth: '1984-13-40',
    });
    expect(answer.status).toBe(400);
    expect(answer.body['violations']).toEqual([expect.objectContaining({ field: 'dateOfBirth' })]);
  });

  it('answers possible duplicates instead of registering the same person twice', async () => {
    const again = { ...maria, clientId: MARIA_AGAIN, givenName: 'MARIA', familyName: 'Quinonez', identifiers: [] };
    const refused = await intake.call('POST', '/intake/clients', WORKER, again);
    expect(refused.status).toBe(409);
    expect(refused.body['error']).toBe('INTAKE.POSSIBLE_DUPLICATE');
    expect(refused.body['details']).toEqual({
      candidates: [
        {
          clientId: MARIA,
          score: 1,
          matchedOn: ['givenName', 'familyName', 'dateOfBirth'],
          // The check searches the whole agency: masked fields only (ADR 0012).
          initials: 'M. Q.',
          birthYear: 1984,
        },
      ],
    });
    // Showing a candidate is a read of that client's record.
    expect(await accessEntries(MARIA)).toContain('POST /intake/clients (possible duplicates)');
    await expect(intake.rawStore.readStream(`intake.client-${MARIA_AGAIN}`)).rejects.toMatchObject({
      code: 'EVENT_STORE.STREAM_NOT_FOUND',
    });

    const bySsn = await intake.call('POST', '/intake/clients/duplicate-check', WORKER, {
      givenName: 'Robert',
      familyName: 'Smith',
      identifiers: [{ system: 'ssn', value: '123 45 6789' }],
    });
    expect(bySsn).toEqual({
      status: 200,
      body: { candidates: [expect.objectContaining({ clientId: MARIA, matchedOn: ['identifier:ssn'] })] },
    });

    const overridden = await intake.call('POST', '/intake/clients', WORKER, {
      ...again,
      duplicateOverride: { reason: 'Different person: mother and daughter share the name' },
    });
    expect(overridden).toEqual({ status: 201, body: { id: MARIA_AGAIN, version: 1, changed: true } });
    const [stored] = await intake.store.readStream(`intake.client-${MARIA_AGAIN}`);
    expect(stored?.data['duplicateOverride']).toEqual({ candidateIds: [MARIA] });
    expect(stored?.data['personal']).toMatchObject({
      duplicateOverrideReason: 'Different person: mother and daughter share the name',
    });
    expect(await storedEventsContaining('mother and daughter')).toBe(0);
  });

  it('finds clients by name, date of birth or identifier, recording one access per client shown', async () => {
    await intake.projectionsCaughtUp();
    // The read model holds keyed hashes only: no name, date of birth or identifier in clear.
    for (const text of PLAINTEXT) expect(await searchTablesContaining(text)).toBe(0);
    const byName = await intake.call('POST', '/intake/clients/search', AUDITOR, { name: 'QUIÑONEZ maria' });
    expect(byName.status).toBe(200);
    expect((byName.body['clients'] as { clientId: string }[]).map((client) => client.clientId).sort()).toEqual([
      MARIA,
      MARIA_AGAIN,
    ]);
    expect(await intake.undocumented('POST', '/intake/clients/search', byName.body)).toEqual([]);
    const byIdentifier = await intake.call('POST', '/intake/clients/search', WORKER, { identifier: 'ssn:123456789' });
    expect(byIdentifier.body['clients']).toEqual([
      expect.objectContaining({
        clientId: MARIA,
        givenName: 'María',
        dateOfBirth: '1984-07-12',
        identifiers: [{ system: 'ssn', value: '***-**-6789' }],
      }),
    ]);
    const byDateAndWord = await intake.call('POST', '/intake/clients/search', WORKER, {
      name: 'maria',
      dateOfBirth: '1984-07-12',
      identifier: '123-45-6789',
    });
    expect((byDateAndWord.body['clients'] as { clientId: string }[]).map((client) => client.clientId)).toEqual([MARIA]);
    // Whole words only: a blind index cannot tell a prefix.
    expect((await intake.call('POST', '/intake/clients/search', WORKER, { name: 'quin' })).body).toEqual({
      clients: [],
    });
    expect(await accessEntries(MARIA_AGAIN)).toEqual(['POST /intake/clients/search']);
    expect((await intake.call('POST', '/intake/clients/search', WORKER, {})).status).toBe(400);
    const badDate = await intake.call('POST', '/intake/clients/search', WORKER, { dateOfBirth: '1984-13-40' });
    expect(badDate.status).toBe(400);
    // The search is a POST with a body: the old GET form, with personal data in the URL, is gone.
    expect((await intake.call('GET', '/intake/clients?name=maria', WORKER)).status).toBe(404);
  });

  it('corrects details with a reason, refusing a stale version and bad input', async () => {
    const corrected = await intake.call('PATCH', `/intake/clients/${MARIA}`, WORKER, {
      changes: { familyName: 'Quiñónez Ruiz', preferredLanguage: 'es-MX' },
      reason: 'Second surname missing at intake',
      expectedVersion: 1,
    });
    expect(corrected).toEqual({ status: 200, body: { id: MARIA, version: 2, changed: true } });
    const events = await intake.store.readStream(`intake.client-${MARIA}`);
    expect(events[1]).toMatchObject({
      type: 'ClientDetailsCorrected',
      data: {
        clientId: MARIA,
        personal: {
          familyName: 'Quiñónez Ruiz',
          preferredLanguage: 'es-MX',
          reason: 'Second surname missing at intake',
        },
      },
      metadata: { clientId: MARIA },
    });
    // The reason is sealed with the rest, never in the metadata in clear.
    expect(events[1]?.metadata.reason).toBeUndefined();
    expect(await storedEventsContaining('Second surname')).toBe(0);

    const stale = await intake.call('PATCH', `/intake/clients/${MARIA}`, WORKER, {
      changes: { givenName: 'Mariana' },
      reason: 'typo',
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body['error']).toBe('EVENT_STORE.WRONG_EXPECTED_VERSION');

    const withoutReason = await intake.call('PATCH', `/intake/clients/${MARIA}`, WORKER, {
      changes: { givenName: 'Mariana' },
      expectedVersion: 2,
    });
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body['violations']).toEqual([expect.objectContaining({ field: 'reason' })]);

    const badDate = await intake.call('PATCH', `/intake/clients/${MARIA}`, WORKER, {
      changes: { dateOfBirth: '12/07/1984' },
      reason: 'typo',
      expectedVersion: 2,
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body['violations']).toEqual([expect.objectContaining({ field: 'changes.dateOfBirth' })]);

    await intake.projectionsCaughtUp();
    expect(await searchRow(MARIA)).toMatchObject({ version: 2, terms: 5 });
    const byNewName = await intake.call('POST', '/intake/clients/search', WORKER, { name: 'ruiz' });
    expect((byNewName.body['clients'] as { clientId: string }[]).map((client) => client.clientId)).toEqual([MARIA]);
  });

  it('merges a duplicate into its survivor, keeping both records and a reference', async () => {
    // A supervisor reaches clients through their team's cases (ADR 0012): both records have one.
    for (const [clientId, caseId] of [
      [MARIA, '0190f3a0-1111-7000-8000-0000000000c1'],
      [MARIA_AGAIN, '0190f3a0-1111-7000-8000-0000000000c2'],
    ] as const) {
      const opened = await intake.call('POST', '/intake/cases', WORKER, {
        caseId,
        clientId,
        programId: 'adult-behavioral-health',
        priority: 'routine',
        referralSource: { kind: 'self' },
        teamId: 'team-1',
      });
      expect(opened.status).toBe(201);
    }
    await intake.projectionsCaughtUp();
    expect(
      (
        await intake.call('POST', `/intake/clients/${MARIA}/merge`, WORKER, {
          mergedClientId: MARIA_AGAIN,
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await intake.call('POST', `/intake/clients/${MARIA}/merge`, SUPERVISOR, {
          mergedClientId: MARIA,
          reason: 'same',
        })
      ).body['error'],
    ).toBe('INTAKE.CLIENT_MERGE_INTO_ITSELF');

    const merged = await intake.call('POST', `/intake/clients/${MARIA}/merge`, SUPERVISOR, {
      mergedClientId: MARIA_AGAIN,
      reason: 'Same person: confirmed with the client in person',
    });
    expect(merged).toEqual({
      status: 200,
      body: { id: MARIA, version: 3, mergedClientId: MARIA_AGAIN, mergedVersion: 2 },
    });

    const duplicate = await intake.call('GET', `/intake/clients/${MARIA_AGAIN}`, WORKER);
    expect(duplicate.body).toMatchObject({ clientId: MARIA_AGAIN, mergedInto: MARIA, erased: false, version: 2 });
    expect(duplicate.body['personal']).toMatchObject({ givenName: 'MARIA', familyName: 'Quinonez' });
    expect(await intake.undocumented('GET', '/intake/clients/{id}', duplicate.body)).toEqual([]);
    const survivor = await intake.call('GET', `/intake/clients/${MARIA}`, WORKER);
    expect(survivor.body).toMatchObject({ mergedInto: null, mergedClientIds: [MARIA_AGAIN], version: 3 });

    expect((await intake.rawStore.readStream(`intake.client-${MARIA_AGAIN}`)).map((event) => event.type)).toEqual([
      'ClientRegistered',
      'ClientMergedInto',
    ]);
    expect((await intake.rawStore.readStream(`intake.client-${MARIA}`)).map((event) => event.type)).toEqual([
      'ClientRegistered',
      'ClientDetailsCorrected',
      'ClientMerged',
    ]);

    const correctMerged = await intake.call('PATCH', `/intake/clients/${MARIA_AGAIN}`, WORKER, {
      changes: { givenName: 'Mari' },
      reason: 'typo',
      expectedVersion: 2,
    });
    expect(correctMerged.status).toBe(409);
    expect(correctMerged.body['error']).toBe('INTAKE.CLIENT_MERGED');
    const intoMerged = await intake.call('POST', `/intake/clients/${MARIA_AGAIN}/merge`, SUPERVISOR, {
      mergedClientId: MARIA,
      reason: 'again',
    });
    expect(intoMerged.status).toBe(409);
    expect(intoMerged.body['error']).toBe('INTAKE.CLIENT_MERGED');

    await intake.projectionsCaughtUp();
    expect(await searchRow(MARIA_AGAIN)).toMatchObject({ merged_into: MARIA });
    // A merged client is no longer offered as a duplicate candidate.
    const check = await intake.call('POST', '/intake/clients/duplicate-check', WORKER, {
      givenName: 'Maria',
      familyName: 'Quinonez',
      dateOfBirth: '1984-07-12',
    });
    expect((check.body['candidates'] as { clientId: string }[]).map((candidate) => candidate.clientId)).toEqual([
      MARIA,
    ]);
  });

  it('keeps clients within their county and away from provider partners', async () => {
    expect((await intake.call('GET', `/intake/clients/${MARIA}`, OTHER_COUNTY)).status).toBe(404);
    expect(
      (await intake.call('POST', '/intake/clients/search', OTHER_COUNTY, { dateOfBirth: '1984-07-12' })).body,
    ).toEqual({ clients: [] });
    expect((await intake.call('GET', `/intake/clients/${STRANGER}`, WORKER)).body['error']).toBe(
      'INTAKE.CLIENT_NOT_FOUND',
    );

    const routes: [method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object][] = [
      ['POST', '/intake/clients', { ...maria, clientId: STRANGER }],
      ['POST', '/intake/clients/duplicate-check', { givenName: 'A', familyName: 'B' }],
      ['POST', '/intake/clients/search', { name: 'maria' }],
      ['GET', `/intake/clients/${MARIA}`],
      ['PATCH', `/intake/clients/${MARIA}`, { changes: {}, reason: 'x', expectedVersion: 3 }],
      ['POST', `/intake/clients/${MARIA}/merge`, { mergedClientId: MARIA_AGAIN, reason: 'x' }],
      ['POST', `/intake/clients/${MARIA}/erase`, { basis: 'other' }],
    ];
    for (const [method, url, payload] of routes) {
      expect({ route: `${method} ${url}`, status: (await intake.call(method, url, PARTNER, payload)).status }).toEqual({
        route: `${method} ${url}`,
        status: 403,
      });
    }
  });

  it('erases personal data by shredding the key, keeping every event and the audit chain', async () => {
    const before = await intake.rawStore.readStream(`intake.client-${MARIA}`);
    expect(
      before.filter((event) => 'personal' in event.data).every((event) => isSealedPersonalData(event.data['personal'])),
    ).toBe(true);
    const { rows: countBefore } = await intake.pool.query<{ count: string }>(
      // The access log records the refused attempt below (ADR 0012): count the records' own events.
      "SELECT count(*)::text AS count FROM event_store.events WHERE category <> 'intake.access_log'",
    );

    expect((await intake.call('POST', `/intake/clients/${MARIA}/erase`, SUPERVISOR, { basis: 'other' })).status).toBe(
      403,
    );
    const freeText = await intake.call('POST', `/intake/clients/${MARIA}/erase`, ADMIN, { basis: 'she asked' });
    expect(freeText.status).toBe(400);
    const erased = await intake.call('POST', `/intake/clients/${MARIA}/erase`, ADMIN, { basis: 'client_request' });
    expect(erased).toEqual({ status: 200, body: { id: MARIA, version: 4, changed: true } });
    expect(await intake.vault.isShredded('county-a', MARIA)).toBe(true);

    // Every stored event is still there, byte for byte, with its ciphertext; one erasure event is added.
    const after = await intake.rawStore.readStream(`intake.client-${MARIA}`);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((event) => event.type)).toEqual([
      'ClientRegistered',
      'ClientDetailsCorrected',
      'ClientMerged',
      'ClientPersonalDataErased',
    ]);
    expect(after[3]?.data).toEqual({ clientId: MARIA, basis: 'client_request' });
    // The record merged into her is the same person: erased with her.
    expect(await intake.vault.isShredded('county-a', MARIA_AGAIN)).toBe(true);
    expect((await intake.rawStore.readStream(`intake.client-${MARIA_AGAIN}`)).map((event) => event.type)).toEqual([
      'ClientRegistered',
      'ClientMergedInto',
      'ClientPersonalDataErased',
    ]);
    const { rows: countAfter } = await intake.pool.query<{ count: string }>(
      // The access log records the refused attempt below (ADR 0012): count the records' own events.
      "SELECT count(*)::text AS count FROM event_store.events WHERE category <> 'intake.access_log'",
    );
    expect(Number(countAfter[0]?.count)).toBe(Number(countBefore[0]?.count) + 2);
    for (const text of PLAINTEXT) expect(await storedEventsContaining(text)).toBe(0);

    // Through the store that opens personal data, the erased client's personal data now reads as null.
    const opened = await intake.store.readStream(`intake.client-${MARIA}`);
    expect(opened.filter((event) => 'personal' in event.data).map((event) => event.data['personal'])).toEqual([
      null,
      null,
      null,
    ]);

    const shown = await intake.call('GET', `/intake/clients/${MARIA}`, ADMIN);
    expect(shown).toEqual({
      status: 200,
      body: {
        clientId: MARIA,
        version: 4,
        personal: null,
        preferredLanguage: null,
        demographics: {},
        mergedInto: null,
        mergedClientIds: [MARIA_AGAIN],
        erased: true,
      },
    });
    expect(JSON.stringify(shown.body)).not.toMatch(/Quiñónez|1984-07-12|6789/);
    expect(await intake.undocumented('GET', '/intake/clients/{id}', shown.body)).toEqual([]);

    await intake.projectionsCaughtUp();
    expect(await searchRow(MARIA)).toEqual({ merged_into: null, erased: true, version: 4, terms: 0 });
    expect(await searchRow(MARIA_AGAIN)).toEqual({ merged_into: MARIA, erased: true, version: 3, terms: 0 });
    expect((await intake.call('POST', '/intake/clients/search', WORKER, { identifier: '123456789' })).body).toEqual({
      clients: [],
    });

    const correctErased = await intake.call('PATCH', `/intake/clients/${MARIA}`, WORKER, {
      changes: { givenName: 'Maria' },
      reason: 'typo',
      expectedVersion: 4,
    });
    expect(correctErased.body['error']).toBe('INTAKE.CLIENT_ERASED');
  });
});
