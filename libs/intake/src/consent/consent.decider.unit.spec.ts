import type { CommandMetadata } from '@casemgmt/decider';
import { given } from '@casemgmt/testing';
import {
  consentDecider,
  type ConsentEvent,
  type ConsentForm,
  type ConsentRecorded,
  type RecordConsent,
  type RecordConsentContext,
} from './consent.decider';
import { PART_2_REDISCLOSURE_NOTICE } from './consent.types';

const consentId = '0190f3a0-1111-7000-8000-000000000001';
const clientId = '0190f3a0-2222-7000-8000-000000000002';
const caseId = '0190f3a0-3333-7000-8000-000000000003';
const metadata: CommandMetadata = {
  tenantId: 'county-a',
  actor: { id: 'iw-1', role: 'intake_worker' },
  correlationId: 'corr-1',
  now: new Date('2026-03-01T09:00:00.000Z'),
};

const form: ConsentForm = {
  discloser: { kind: 'program', name: 'County SUD Outpatient Program', id: 'prog-7' },
  information: { categories: ['substance_use_disorder', 'mental_health'], description: 'Diagnosis and treatment plan' },
  recipients: [
    { kind: 'named', name: 'Harbor Clinic', organizationId: 'org-harbor' },
    { kind: 'class', description: 'My treating providers', treatingProviderRelationship: true },
  ],
  purpose: ['treatment', 'care_coordination'],
  rightToRevokeAcknowledged: true,
  expiry: { kind: 'date', on: '2027-02-28' },
  signedAt: '2026-03-01T08:30:00.000Z',
  signedBy: 'patient',
  personal: { signatureName: 'Alex Rivera' },
};

/** What the handler reads for a recording: the client registered and in the actor's scope, the named case theirs. */
const namedCase = { exists: true, clientId, openedBy: 'iw-1', teamId: 'team-north', caseManagerId: null } as const;
const context: RecordConsentContext = {
  client: { registered: true, mergedInto: null, erased: false },
  clientWriteRole: 'intake_worker',
  namedCase,
};

const record = (overrides: Partial<ConsentForm> = {}, data: Partial<RecordConsent['data']> = {}): RecordConsent => ({
  type: 'RecordConsent',
  data: { consentId, clientId, caseId, form: { ...form, ...overrides }, context, ...data },
  metadata,
});

const recorded: ConsentRecorded = {
  type: 'ConsentRecorded',
  data: {
    consentId,
    clientId,
    caseId,
    discloser: { kind: 'program', name: 'County SUD Outpatient Program', id: 'prog-7' },
    information: {
      categories: ['substance_use_disorder', 'mental_health'],
      description: 'Diagnosis and treatment plan',
    },
    recipients: [
      { kind: 'named', name: 'Harbor Clinic', organizationId: 'org-harbor' },
      { kind: 'class', description: 'My treating providers', treatingProviderRelationship: true },
    ],
    purpose: ['treatment', 'care_coordination'],
    purposeDescription: null,
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: '2027-02-28' },
    signedAt: '2026-03-01T08:30:00.000Z',
    signedBy: 'patient',
    redisclosureNotice: PART_2_REDISCLOSURE_NOTICE,
    effectiveFrom: '2026-03-01T08:30:00.000Z',
    personal: { signatureName: 'Alex Rivera' },
  },
};
// As recorded since ADR 0014: every word of the form sealed in `personal`.
const sealedRecorded: ConsentRecorded = {
  type: 'ConsentRecorded',
  data: {
    consentId,
    clientId,
    caseId,
    discloser: { kind: 'program', id: 'prog-7' },
    information: { categories: ['substance_use_disorder', 'mental_health'] },
    recipients: [
      { kind: 'named', organizationId: 'org-harbor' },
      { kind: 'class', treatingProviderRelationship: true },
    ],
    purpose: ['treatment', 'care_coordination'],
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: '2027-02-28' },
    signedAt: '2026-03-01T08:30:00.000Z',
    signedBy: 'patient',
    effectiveFrom: '2026-03-01T08:30:00.000Z',
    personal: {
      signatureName: 'Alex Rivera',
      discloserName: 'County SUD Outpatient Program',
      informationDescription: 'Diagnosis and treatment plan',
      recipientTexts: ['Harbor Clinic', 'My treating providers'],
      redisclosureNotice: PART_2_REDISCLOSURE_NOTICE,
    },
  },
};
const eventExpiryRecorded: ConsentRecorded = {
  ...recorded,
  data: { ...recorded.data, expiry: { kind: 'event', event: 'discharge from the program' } },
};

const withoutKey = <K extends keyof ConsentForm>(key: K): Partial<ConsentForm> => ({ [key]: undefined });

describe('Consent decider', () => {
  describe('recording a consent', () => {
    it('records every §2.31 element, taking effect at signature with the §2.32 notice by default', () => {
      expect(given(consentDecider, []).when(record())).toEqual([sealedRecorded]);
    });

    it('folds a consent stored before ADR 0014, its words in clear, into the same record', () => {
      const state = given(consentDecider, [sealedRecorded]).state;
      expect(given(consentDecider, [recorded]).state).toEqual(state);
      expect(state.recorded && state.record.recipients[0]).toEqual({
        kind: 'named',
        name: 'Harbor Clinic',
        organizationId: 'org-harbor',
      });
      const erased = given(consentDecider, [{ ...sealedRecorded, data: { ...sealedRecorded.data, personal: null } }]);
      expect(erased.state.recorded && erased.state.record).toMatchObject({
        discloser: { kind: 'program', name: null },
        information: { description: null },
        recipients: [
          { kind: 'named', name: null, organizationId: 'org-harbor' },
          { kind: 'class', description: null, treatingProviderRelationship: true },
        ],
        redisclosureNotice: null,
        personal: null,
      });
    });

    it('keeps the agency’s own redisclosure wording and a later effective date', () => {
      const [event] = given(consentDecider, []).when(
        record({
          redisclosureNotice: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
          effectiveFrom: '2026-03-10T00:00:00-05:00',
        }),
      );
      expect(event?.type === 'ConsentRecorded' && event.data.personal?.redisclosureNotice).toBe(
        '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
      );
      expect(event?.type === 'ConsentRecorded' && event.data.effectiveFrom).toBe('2026-03-10T05:00:00.000Z');
    });

    it.each<[string, Partial<ConsentForm>]>([
      ['discloser', withoutKey('discloser')],
      ['discloser.name', { discloser: { kind: 'program', name: ' ' } }],
      ['information.categories', { information: { categories: [], description: 'x' } }],
      ['information.description', { information: { categories: ['housing'] } }],
      ['recipients', { recipients: [] }],
      ['recipients.0.name', { recipients: [{ kind: 'named' }] }],
      ['recipients.0.kind', { recipients: [{ name: 'Harbor Clinic' }] }],
      ['recipients.0.treatingProviderRelationship', { recipients: [{ kind: 'class', description: 'providers' }] }],
      ['purpose', withoutKey('purpose')],
      ['purposeDescription', { purpose: ['other'] }],
      ['rightToRevokeAcknowledged', withoutKey('rightToRevokeAcknowledged')],
      ['rightToRevokeAcknowledged', { rightToRevokeAcknowledged: false }],
      ['expiry', withoutKey('expiry')],
      ['expiry.on', { expiry: { kind: 'date' } }],
      ['expiry.event', { expiry: { kind: 'event', event: '' } }],
      ['signedBy', withoutKey('signedBy')],
      ['personal.signatureName', withoutKey('personal')],
      ['personal.representativeName', { signedBy: 'guardian' }],
      ['signedAt', withoutKey('signedAt')],
    ])('refuses a consent without %s as incomplete, naming the element', (element, overrides) => {
      expect(() => given(consentDecider, []).when(record(overrides))).toThrow(
        expect.objectContaining({
          code: 'INTAKE.CONSENT_INCOMPLETE',
          kind: 'invalid',
          details: expect.objectContaining({ element }),
        }),
      );
    });

    it('refuses a consent that names no patient', () => {
      expect(() => given(consentDecider, []).when(record({}, { clientId: '', context: null }))).toThrow(
        expect.objectContaining({
          code: 'INTAKE.CONSENT_INCOMPLETE',
          details: expect.objectContaining({ element: 'clientId' }),
        }),
      );
    });

    it('refuses substance use disorder information to a class of recipients without a treating provider relationship', () => {
      const general = { kind: 'class', description: 'Any housing program', treatingProviderRelationship: false };
      expect(() => given(consentDecider, []).when(record({ recipients: [general] }))).toThrow(
        expect.objectContaining({
          code: 'INTAKE.CONSENT_SUD_CLASS_WITHOUT_TREATING_RELATIONSHIP',
          details: { element: 'recipients.0' },
        }),
      );
      expect(() =>
        given(consentDecider, []).when(
          record({ recipients: [general], information: { categories: ['all_records'], description: 'Everything' } }),
        ),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CONSENT_SUD_CLASS_WITHOUT_TREATING_RELATIONSHIP' }));
    });

    it('lets other information go to a general class of recipients', () => {
      const events = given(consentDecider, []).when(
        record({
          information: { categories: ['housing'], description: 'Housing assessment' },
          recipients: [{ kind: 'class', description: 'County housing programs', treatingProviderRelationship: false }],
        }),
      );
      expect(events.map((event) => event.type)).toEqual(['ConsentRecorded']);
    });

    it('refuses dates that cannot be: signed in the future, effective before signing, expiring before effect', () => {
      const past = given(consentDecider, []);
      expect(() => past.when(record({ signedAt: '2026-03-02T09:00:00Z' }))).toThrow(
        expect.objectContaining({
          code: 'INTAKE.CONSENT_INVALID',
          details: expect.objectContaining({ element: 'signedAt' }),
        }),
      );
      expect(() => past.when(record({ effectiveFrom: '2026-02-28T00:00:00Z' }))).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ element: 'effectiveFrom' }) }),
      );
      expect(() => past.when(record({ expiry: { kind: 'date', on: '2026-02-27' } }))).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ element: 'expiry.on' }) }),
      );
      expect(() => past.when(record({ expiry: { kind: 'date', on: '2027-02-30' } }))).toThrow(
        expect.objectContaining({
          code: 'INTAKE.CONSENT_INVALID',
          details: expect.objectContaining({ element: 'expiry.on' }),
        }),
      );
    });

    it('refuses to record the same consent twice', () => {
      expect(() => given(consentDecider, [recorded]).when(record())).toThrow(
        expect.objectContaining({ code: 'INTAKE.CONSENT_ALREADY_RECORDED', kind: 'conflict' }),
      );
    });
  });

  describe('recording a consent within the actor’s scope', () => {
    const within = (changes: Partial<RecordConsentContext>, data: Partial<RecordConsent['data']> = {}) =>
      record({}, { context: { ...context, ...changes }, ...data });
    const refusal = (command: RecordConsent) => {
      try {
        given(consentDecider, []).when(command);
      } catch (error) {
        return error;
      }
      throw new Error('not refused');
    };
    const otherClientId = '0190f3a0-2222-7000-8000-000000000009';
    const caseManager: CommandMetadata = { ...metadata, actor: { id: 'cm-1', role: 'case_manager' } };

    it('refuses a client that is not registered', () => {
      expect(refusal(within({ client: { registered: false, mergedInto: null, erased: false } }))).toMatchObject({
        code: 'INTAKE.CLIENT_NOT_FOUND',
        details: { clientId },
      });
    });

    it('answers a client out of the actor’s scope as not found, with or without a case named', () => {
      expect(refusal(within({ clientWriteRole: undefined }, { caseId: undefined }))).toMatchObject({
        code: 'INTAKE.CLIENT_NOT_FOUND',
      });
      const othersCase = { ...namedCase, clientId: otherClientId } as const;
      expect(refusal(within({ clientWriteRole: undefined, namedCase: othersCase }))).toMatchObject({
        code: 'INTAKE.CLIENT_NOT_FOUND',
        details: { clientId },
      });
    });

    it('refuses a named case that does not exist or that the actor may not read, as not found', () => {
      expect(refusal(within({ namedCase: { exists: false } }))).toMatchObject({
        code: 'INTAKE.CASE_NOT_FOUND',
        details: { caseId },
      });
      const someoneElses = { ...namedCase, openedBy: 'iw-2', caseManagerId: 'cm-2' } as const;
      expect(refusal(within({ namedCase: someoneElses }))).toMatchObject({ code: 'INTAKE.CASE_NOT_FOUND' });
    });

    it('refuses a case of another client', () => {
      const othersCase = { ...namedCase, clientId: otherClientId } as const;
      expect(refusal(within({ namedCase: othersCase }))).toMatchObject({
        code: 'INTAKE.CONSENT_CASE_OF_ANOTHER_CLIENT',
        details: { element: 'caseId', caseId },
      });
    });

    it('refuses a client merged into another record, and an erased one', () => {
      const survivorId = '0190f3a0-2222-7000-8000-00000000000a';
      expect(refusal(within({ client: { registered: true, mergedInto: survivorId, erased: false } }))).toMatchObject({
        code: 'INTAKE.CLIENT_MERGED',
        details: { clientId, survivorId },
      });
      expect(refusal(within({ client: { registered: true, mergedInto: null, erased: true } }))).toMatchObject({
        code: 'INTAKE.CLIENT_ERASED',
      });
    });

    it('records the role the case grants, where the case read model has not yet put the client in scope', () => {
      const assigned = { ...namedCase, openedBy: 'iw-2', caseManagerId: 'cm-1' } as const;
      const command: RecordConsent = {
        ...within({ clientWriteRole: undefined, namedCase: assigned }),
        metadata: caseManager,
      };
      expect(given(consentDecider, []).when(command)).toEqual([sealedRecorded]);
      expect(consentDecider.grantingRole?.(command, { recorded: false })).toBe('case_manager');
    });

    it('records the role the client’s scope grants where no case is named', () => {
      const command = within({ clientWriteRole: 'supervisor' }, { caseId: undefined });
      expect(consentDecider.grantingRole?.(command, { recorded: false })).toBe('supervisor');
    });
  });

  describe('revoking a consent', () => {
    it('records the revocation from its date forward, sealing the patient’s reason as personal data', () => {
      expect(
        given(consentDecider, [recorded]).when({
          type: 'RevokeConsent',
          data: { consentId, revokedAt: '2026-03-01T08:45:00Z', method: 'oral', reason: 'changed my mind' },
          metadata,
        }),
      ).toEqual([
        {
          type: 'ConsentRevoked',
          data: {
            consentId,
            revokedAt: '2026-03-01T08:45:00.000Z',
            method: 'oral',
            personal: { reason: 'changed my mind' },
          },
        },
      ]);
    });

    it('dates a revocation without a date at the time it is recorded', () => {
      const [event] = given(consentDecider, [recorded]).when({
        type: 'RevokeConsent',
        data: { consentId, method: 'written' },
        metadata,
      });
      expect(event).toEqual({
        type: 'ConsentRevoked',
        data: { consentId, revokedAt: '2026-03-01T09:00:00.000Z', method: 'written', personal: null },
      });
    });

    it('refuses a revocation dated before the consent was signed: revocation applies forward only', () => {
      expect(() =>
        given(consentDecider, [recorded]).when({
          type: 'RevokeConsent',
          data: { consentId, revokedAt: '2026-03-01T08:29:59Z', method: 'written' },
          metadata,
        }),
      ).toThrow(
        expect.objectContaining({
          code: 'INTAKE.CONSENT_REVOKED_BEFORE_SIGNED',
          details: expect.objectContaining({ element: 'revokedAt' }),
        }),
      );
    });

    it('refuses to revoke a consent twice', () => {
      const revoked: ConsentEvent = {
        type: 'ConsentRevoked',
        data: { consentId, revokedAt: '2026-03-01T08:45:00.000Z', method: 'oral', personal: null },
      };
      expect(() =>
        given(consentDecider, [recorded, revoked]).when({
          type: 'RevokeConsent',
          data: { consentId, method: 'written' },
          metadata,
        }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CONSENT_ALREADY_REVOKED', kind: 'conflict' }));
    });

    it('refuses to revoke a consent that is not on record', () => {
      expect(() =>
        given(consentDecider, []).when({ type: 'RevokeConsent', data: { consentId, method: 'written' }, metadata }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CONSENT_NOT_FOUND', kind: 'not_found' }));
    });
  });

  describe('the expiry event of a consent', () => {
    it('records that the event happened; what it was stays sealed in the consent', () => {
      expect(
        given(consentDecider, [eventExpiryRecorded]).when({
          type: 'RecordConsentExpiryEvent',
          data: { consentId, occurredAt: '2026-03-01T08:50:00Z' },
          metadata,
        }),
      ).toEqual([
        {
          type: 'ConsentExpiryEventOccurred',
          data: { consentId, occurredAt: '2026-03-01T08:50:00.000Z' },
        },
      ]);
    });

    it('refuses it for a consent that expires on a date', () => {
      expect(() =>
        given(consentDecider, [recorded]).when({ type: 'RecordConsentExpiryEvent', data: { consentId }, metadata }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CONSENT_NOT_EVENT_EXPIRY' }));
    });

    it('refuses it twice, and before the consent was signed', () => {
      const occurred: ConsentEvent = {
        type: 'ConsentExpiryEventOccurred',
        data: { consentId, event: 'discharge from the program', occurredAt: '2026-03-01T08:50:00.000Z' },
      };
      expect(() =>
        given(consentDecider, [eventExpiryRecorded, occurred]).when({
          type: 'RecordConsentExpiryEvent',
          data: { consentId },
          metadata,
        }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CONSENT_EXPIRY_EVENT_ALREADY_RECORDED', kind: 'conflict' }));
      expect(() =>
        given(consentDecider, [eventExpiryRecorded]).when({
          type: 'RecordConsentExpiryEvent',
          data: { consentId, occurredAt: '2026-02-01T00:00:00Z' },
          metadata,
        }),
      ).toThrow(
        expect.objectContaining({
          code: 'INTAKE.CONSENT_INVALID',
          details: expect.objectContaining({ element: 'occurredAt' }),
        }),
      );
    });
  });

  it('folds events whose personal data was shredded', () => {
    const shredded: ConsentRecorded = { ...recorded, data: { ...recorded.data, personal: null } };
    const { state } = given(consentDecider, [
      shredded,
      {
        type: 'ConsentRevoked',
        data: { consentId, revokedAt: '2026-03-01T08:45:00.000Z', method: 'oral', personal: null },
      },
    ]);
    expect(state).toEqual(
      expect.objectContaining({ recorded: true, revokedAt: new Date('2026-03-01T08:45:00.000Z'), consentId }),
    );
  });
});
