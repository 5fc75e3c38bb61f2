import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool } from 'pg';
import type { Role } from '@casemgmt/auth';
import { EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import { INTAKE_CONTRACT, INTAKE_PROJECTIONS } from '@casemgmt/intake';
import {
  createKafkajsTransport,
  KafkaRelay,
  SILENT_MESSAGING_LOGGER,
  topicOf,
  type ServiceContract,
} from '@casemgmt/messaging';
import { projectionsCaughtUp, type Projection } from '@casemgmt/read-model';
import { startTestHost, type TestHost } from '@casemgmt/host/testing';
import { testKafka } from '@casemgmt/testing';
import { platformServices } from './platform.host';

// The all-in-one platform (intake, and the audit trail fed from the store's subscription) over a database of its
// own; intake's events are also relayed to a Kafka topic of this run's own, as the distributed shape publishes them
// (the audit service there reads the same messages). A client is registered with values found nowhere else, every intake command is run on them,
// the client is erased, and then every table of every schema and every message of the topic are searched for each
// value: none may be readable.

const TENANT = `county-${randomBytes(3).toString('hex')}`;
const SERVICE = `intakeseal${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/** A word of random letters: it cannot appear anywhere by chance. */
const word = (prefix: string): string =>
  `${prefix}${Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('')}`;
const digits = (count: number): string => Array.from({ length: count }, () => String(randomInt(10))).join('');
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const ssn = `${digits(3)}-${digits(2)}-${digits(4)}`;
const phone = `+1 ${digits(3)} ${digits(3)} ${digits(4)}`;
const correctedPhone = `+1 ${digits(3)} ${digits(3)} ${digits(4)}`;
const income = 20_000 + randomInt(9_000) + randomInt(1, 99) / 100;
const V = {
  givenName: capitalised(word('giv')),
  middleName: capitalised(word('mid')),
  familyName: capitalised(word('fam')),
  correctedFamilyName: capitalised(word('cor')),
  dateOfBirth: `19${30 + randomInt(15)}-0${1 + randomInt(9)}-${10 + randomInt(18)}`,
  ssn,
  medicaid: `MCD${digits(10)}`,
  phone,
  correctedPhone,
  email: `${word('mail')}@example.org`,
  street: `${randomInt(100, 999)} ${capitalised(word('str'))} Street`,
  city: capitalised(word('cit')),
  addressCounty: capitalised(word('adc')),
  genderIdentity: word('gen'),
  race: capitalised(word('rac')),
  ethnicity: capitalised(word('eth')),
  language: `qaa-${word('l').slice(0, 8)}`,
  duplicateReason: `Not the same person ${word('dup')}`,
  correctionReason: `Typo in the name ${word('crr')}`,
  mergeReason: `Same person ${word('mrg')}`,
  referralSourceName: `Her cousin ${capitalised(word('ref'))}`,
  needNote: `Sleeps in the car ${word('not')}`,
  eligibilityCounty: capitalised(word('elc')),
  income: income.toFixed(2),
  overrideReason: `Knows the family ${word('ovr')}`,
  transferReason: `Moved to ${capitalised(word('trf'))}`,
  closeReason: `Declined ${word('cls')}`,
  reopenReason: `Asked again ${word('rop')}`,
  discloserName: `Program ${capitalised(word('dis'))}`,
  informationDescription: `Treatment notes ${word('inf')}`,
  recipientName: `Clinic ${capitalised(word('rcp'))}`,
  recipientClass: `Her doctors ${word('cla')}`,
  purposeDescription: `To help ${word('pur')}`,
  expiryEvent: `When she leaves ${word('exp')}`,
  redisclosureNotice: `Our notice ${word('rdn')}`,
  signatureName: `${capitalised(word('sig'))} Signature`,
  representativeName: `${capitalised(word('rep'))} Guardian`,
  consentNotes: `Signed at home ${word('cno')}`,
  revokeReason: `Changed her mind ${word('rev')}`,
};

/** The forms a value may take once stored: as entered, lower case, and with its punctuation dropped. */
function formsOf(value: string): string[] {
  const forms = new Set([value, value.toLowerCase()]);
  const letters = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters.length >= 8) forms.add(letters);
  const amount = Number(value);
  if (Number.isFinite(amount) && amount > 1000) {
    forms.add(amount.toLocaleString('en-US', { minimumFractionDigits: 2 }));
  }
  return [...forms];
}
const SEARCHED = Object.entries(V).flatMap(([name, value]) => formsOf(value).map((form) => ({ name, form })));

describe('an erased client leaves nothing readable anywhere (platform, PostgreSQL, Kafka)', () => {
  const transport = createKafkajsTransport({ kafka: testKafka('personal-data-erasure-test') });
  const contract: ServiceContract = { ...INTAKE_CONTRACT, service: SERVICE };
  let host: TestHost;
  let app: NestFastifyApplication;
  let pool: Pool;
  let relay: KafkaRelay;

  const call = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    roles: Role[],
    payload?: object,
    team?: string,
  ) =>
    host.call(
      method,
      url,
      { roles, sub: `${roles[0]}-${team ?? 'x'}`, tenant: TENANT, ...(team ? { team } : {}) },
      payload,
    );

  beforeAll(async () => {
    const personalDataMasterKey = randomBytes(32).toString('base64');
    const timeZone = 'America/Los_Angeles';
    host = await startTestHost({
      name: 'platform',
      database: 'personal_data_erasure',
      services: platformServices(
        // Every assignment needs a supervisor's override, so the override's reason is exercised too.
        { caseloadLimit: 0, timeZone, personalDataMasterKey },
        { personalDataMasterKey, settings: { timeZone, programs: {} } },
        { personalDataMasterKey, settings: { timeZone, programs: {} } },
      ),
    });
    ({ app, pool } = host);
  }, 120_000);

  afterAll(async () => {
    await relay?.stop();
    await host?.close();
  });

  it('runs every intake command on distinctive values, erases the client, and finds none of them', async () => {
    // Who may act on the client follows its cases (ADR 0012): admins correct and merge, the receiving team's
    // supervisor records the consent once the case is theirs.
    const INTAKE: Role[] = ['intake_worker'];
    const SUPERVISOR: Role[] = ['supervisor'];
    const ADMIN: Role[] = ['admin'];
    const clientId = randomUUID();
    const duplicateId = randomUUID();
    const caseId = randomUUID();
    const person = {
      givenName: V.givenName,
      middleName: V.middleName,
      familyName: V.familyName,
      dateOfBirth: V.dateOfBirth,
      identifiers: [
        { system: 'ssn', value: V.ssn },
        { system: 'medicaid', value: V.medicaid },
      ],
      contact: {
        phone: V.phone,
        email: V.email,
        address: { line1: V.street, city: V.city, state: 'CA', postalCode: '94607', county: V.addressCounty },
      },
      preferredLanguage: V.language,
      demographics: { sex: 'female', genderIdentity: V.genderIdentity, race: [V.race], ethnicity: V.ethnicity },
    };
    const ok = (answer: { status: number; body: unknown }, status = 200) => {
      expect({ status: answer.status, body: answer.body }).toEqual({ status, body: expect.anything() });
    };

    const caughtUp = () => projectionsCaughtUp(pool, app.get<readonly Projection[]>(INTAKE_PROJECTIONS));
    ok(await call('POST', '/intake/clients', INTAKE, { clientId, ...person }), 201);
    await caughtUp();
    // The same person again: refused as a duplicate, then registered with an override and merged.
    const again = { clientId: duplicateId, ...person };
    expect((await call('POST', '/intake/clients', INTAKE, again)).status).toBe(409);
    ok(
      await call('POST', '/intake/clients', INTAKE, { ...again, duplicateOverride: { reason: V.duplicateReason } }),
      201,
    );
    ok(
      await call('PATCH', `/intake/clients/${clientId}`, ADMIN, {
        changes: {
          familyName: V.correctedFamilyName,
          contact: { ...person.contact, phone: V.correctedPhone },
          demographics: { ethnicity: `${V.ethnicity}x` },
        },
        reason: V.correctionReason,
        expectedVersion: 1,
      }),
    );
    ok(
      await call('POST', `/intake/clients/${clientId}/merge`, ADMIN, {
        mergedClientId: duplicateId,
        reason: V.mergeReason,
      }),
    );
    await caughtUp();
    const found = await call('POST', '/intake/clients/search', INTAKE, {
      name: V.correctedFamilyName,
      dateOfBirth: V.dateOfBirth,
      identifier: `ssn:${V.ssn}`,
    });
    expect(found).toMatchObject({ status: 200, body: { clients: [{ clientId, givenName: V.givenName }] } });

    ok(
      await call('POST', '/intake/cases', INTAKE, {
        caseId,
        clientId,
        programId: 'housing-stabilization',
        priority: 'urgent',
        referralSource: { kind: 'family', name: V.referralSourceName },
        teamId: 'team-north',
      }),
      201,
    );
    // Cases go to registered case managers of their team only.
    ok(
      await call('PUT', '/intake/workers/cm-1', ADMIN, {
        displayName: 'Case manager 1',
        teamId: 'team-north',
        roles: ['case_manager'],
      }),
    );
    const screening = { '1': 2, '2': 2, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 0, '9': 1 };
    ok(
      await call('POST', `/intake/cases/${caseId}/screenings`, INTAKE, { instrument: 'PHQ-9', answers: screening }),
      201,
    );
    ok(await call('POST', `/intake/cases/${caseId}/needs`, INTAKE, { need: 'housing', note: V.needNote }), 201);
    ok(
      await call('POST', `/intake/cases/${caseId}/eligibility`, INTAKE, {
        applicant: {
          dateOfBirth: V.dateOfBirth,
          county: V.eligibilityCounty,
          householdSize: 2,
          annualHouseholdIncome: Number(V.income),
        },
      }),
      201,
    );
    ok(
      await call(
        'POST',
        `/intake/cases/${caseId}/assignment`,
        SUPERVISOR,
        { caseManagerId: 'cm-1', override: { reason: V.overrideReason } },
        'team-north',
      ),
    );
    ok(
      await call(
        'POST',
        `/intake/cases/${caseId}/transfer`,
        SUPERVISOR,
        { toTeamId: 'team-south', reason: V.transferReason },
        'team-south',
      ),
    );
    ok(
      await call(
        'POST',
        `/intake/cases/${caseId}/close`,
        SUPERVISOR,
        { reason: V.closeReason, outcome: 'client_withdrew' },
        'team-south',
      ),
    );
    ok(await call('POST', `/intake/cases/${caseId}/reopen`, SUPERVISOR, { reason: V.reopenReason }, 'team-south'));

    // The client's scope follows its cases as the case read model has them.
    await caughtUp();
    const consent = await call(
      'POST',
      '/intake/consents',
      SUPERVISOR,
      {
        clientId,
        caseId,
        discloser: { kind: 'person', name: V.discloserName },
        information: { categories: ['substance_use_disorder'], description: V.informationDescription },
        recipients: [
          { kind: 'named', name: V.recipientName },
          { kind: 'class', description: V.recipientClass, treatingProviderRelationship: true },
        ],
        purpose: ['treatment', 'other'],
        purposeDescription: V.purposeDescription,
        rightToRevokeAcknowledged: true,
        expiry: { kind: 'event', event: V.expiryEvent },
        signedAt: new Date(Date.now() - 60_000).toISOString(),
        signedBy: 'guardian',
        redisclosureNotice: V.redisclosureNotice,
        personal: {
          signatureName: V.signatureName,
          representativeName: V.representativeName,
          notes: V.consentNotes,
        },
      },
      'team-south',
    );
    ok(consent, 201);
    const consentId = String(consent.body['id']);
    ok(await call('POST', `/intake/consents/${consentId}/expiry-event`, SUPERVISOR, {}, 'team-south'));
    ok(
      await call(
        'POST',
        `/intake/consents/${consentId}/revoke`,
        SUPERVISOR,
        { method: 'written', reason: V.revokeReason },
        'team-south',
      ),
    );

    // Relay intake's events to Kafka, as the intake service of the distributed shape does.
    const plain = app.get<EventStore>(EVENT_STORE);
    relay = new KafkaRelay({
      store: plain,
      contract,
      transport,
      topic: { numPartitions: 1, replicationFactor: 1 },
      logger: SILENT_MESSAGING_LOGGER,
    });
    await relay.start();

    ok(await call('POST', `/intake/clients/${clientId}/erase`, ADMIN, { basis: 'client_request' }));
    await caughtUp();

    // Nothing of the client answers any more, through the API either.
    expect((await call('GET', `/intake/clients/${clientId}`, ADMIN)).body).toMatchObject({ personal: null });
    expect((await call('GET', `/intake/clients/${duplicateId}`, ADMIN)).body).toMatchObject({ personal: null });
    expect(
      (await call('POST', '/intake/clients/search', ADMIN, { name: V.givenName, dateOfBirth: V.dateOfBirth })).body,
    ).toEqual({ clients: [] });

    const intakeEvents = async (): Promise<number> =>
      Number(
        (
          await pool.query<{ n: string }>(
            `SELECT count(*)::text AS n FROM event_store.events WHERE category LIKE 'intake.%'`,
          )
        ).rows[0]?.n,
      );
    const entries = async (): Promise<number> =>
      Number(
        (
          await pool.query<{ n: string }>(
            `SELECT count(*)::text AS n FROM audit.entries WHERE tenant_id = $1 AND service = 'intake'`,
            [TENANT],
          )
        ).rows[0]?.n,
      );
    await waitFor(
      'the audit chain to hold every intake event',
      async () => (await entries()) >= (await intakeEvents()),
    );
    const messages = await readTopic(topicOf(SERVICE), await intakeEvents());

    // Every row of every table of every schema, as text.
    const { rows: tables } = await pool.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map((table) => `${table.schema}.${table.name}`)).toEqual(
      expect.arrayContaining([
        'event_store.events',
        'audit.entries',
        'intake.client_search',
        'intake.client_search_term',
        'intake.case_summary',
        'intake.consent_directive',
        'personal_data.subject_keys',
      ]),
    );
    const dumps: { where: string; text: string }[] = [];
    for (const table of tables) {
      const { rows } = await pool.query<{ row: string }>(
        `SELECT t::text AS row FROM "${table.schema}"."${table.name}" t`,
      );
      dumps.push({ where: `${table.schema}.${table.name}`, text: rows.map((row) => row.row).join('\n') });
    }
    dumps.push({ where: `kafka ${topicOf(SERVICE)}`, text: messages.join('\n') });

    const readable = SEARCHED.flatMap(({ name, form }) =>
      dumps
        .filter((dump) => dump.text.toLowerCase().includes(form.toLowerCase()))
        .map((dump) => `${name} (${form}) in ${dump.where}`),
    );
    expect(readable).toEqual([]);
    // The same scan finds what stays in clear on purpose: ids and codes, in the store, the chain and the topic.
    for (const where of ['event_store.events', 'audit.entries', `kafka ${topicOf(SERVICE)}`]) {
      const text = dumps.find((dump) => dump.where === where)?.text ?? '';
      expect([where, text.includes(caseId), text.includes(consentId), text.includes('housing-stabilization')]).toEqual([
        where,
        true,
        true,
        true,
      ]);
    }
    // The scan saw the data it searched: the chain and the topic hold every intake event.
    expect(messages.length).toBeGreaterThanOrEqual(await intakeEvents());
  }, 240_000);
});

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every message of a topic from its beginning, key, value and headers as text, once `count` have arrived. */
async function readTopic(topic: string, count: number): Promise<string[]> {
  const consumer = testKafka('personal-data-erasure-reader').consumer({ groupId: `reader-${randomUUID()}` });
  const messages: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const headers = Object.entries(message.headers ?? {}).map(
          ([name, value]) => `${name}=${Array.isArray(value) ? value.join(',') : String(value ?? '')}`,
        );
        messages.push([message.key?.toString() ?? '', message.value?.toString() ?? '', ...headers].join('\n'));
      },
    });
    await waitFor(`${count} messages on ${topic}`, async () => messages.length >= count);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}
