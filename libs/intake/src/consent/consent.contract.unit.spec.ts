import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { CommandMetadata } from '@casemgmt/decider';
import { given } from '@casemgmt/testing';
import { CONSENT_PUBLISHED_EVENTS } from './consent.contract';
import { CONSENT_EVENT_TYPES, consentDecider, type ConsentEvent } from './consent.decider';

const metadata: CommandMetadata = {
  tenantId: 'county-a',
  actor: { id: 'iw-1', role: 'intake_worker' },
  correlationId: 'corr-1',
  now: new Date('2026-03-01T09:00:00.000Z'),
};
const consentId = '0190f3a0-1111-7000-8000-000000000001';
const sealed = { $sealed: 'A256GCM', keyId: 'k-1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'Y2lwaGVy' };

// What the relay publishes: the decided data with `personal` sealed as the protected store stores it.
const asPublished = (event: ConsentEvent | undefined): object => {
  const data = event?.data as Record<string, unknown>;
  return 'personal' in data && data['personal'] !== null ? { ...data, personal: sealed } : data;
};

describe('published contract of the consent aggregate', () => {
  const ajv = addFormats(new Ajv({ strict: true, allErrors: true }));
  const schemaOf = (type: string) => {
    const schema = CONSENT_PUBLISHED_EVENTS.find((event) => event.type === type)?.schema;
    if (!schema) throw new Error(`no schema for ${type}`);
    return schema;
  };

  it('describes every event type the aggregate stores, once, with schemas that compile in strict mode', () => {
    expect(CONSENT_PUBLISHED_EVENTS.map((event) => event.type).sort()).toEqual([...CONSENT_EVENT_TYPES].sort());
    for (const event of CONSENT_PUBLISHED_EVENTS) expect(() => ajv.compile(event.schema)).not.toThrow();
  });

  it('accepts the events the decider decides, with personal data sealed or shredded, and nothing in clear', () => {
    const [recorded] = given(consentDecider, []).when({
      type: 'RecordConsent',
      data: {
        consentId,
        clientId: '0190f3a0-2222-7000-8000-000000000002',
        context: { client: { registered: true, mergedInto: null, erased: false }, clientWriteRole: 'intake_worker' },
        form: {
          discloser: { kind: 'organization', name: 'County Behavioral Health' },
          information: { categories: ['substance_use_disorder'], description: 'Treatment summary' },
          recipients: [{ kind: 'named', name: 'Harbor Clinic', organizationId: 'org-harbor' }],
          purpose: ['other'],
          purposeDescription: 'Housing application',
          rightToRevokeAcknowledged: true,
          expiry: { kind: 'event', event: 'discharge' },
          signedAt: '2026-03-01T08:00:00Z',
          signedBy: 'guardian',
          personal: { signatureName: 'Sam Rivera', representativeName: 'Sam Rivera', notes: 'signed at intake' },
        },
      },
      metadata,
    });
    const past = given(consentDecider, [recorded!]);
    const [revoked] = past.when({
      type: 'RevokeConsent',
      data: { consentId, method: 'oral', reason: 'moving' },
      metadata,
    });
    const [occurred] = past.when({ type: 'RecordConsentExpiryEvent', data: { consentId }, metadata });

    expect(ajv.validate(schemaOf('ConsentRecorded'), asPublished(recorded))).toBe(true);
    expect(ajv.validate(schemaOf('ConsentRevoked'), asPublished(revoked))).toBe(true);
    expect(ajv.validate(schemaOf('ConsentExpiryEventOccurred'), asPublished(occurred))).toBe(true);
    expect(ajv.validate(schemaOf('ConsentRecorded'), { ...asPublished(recorded), personal: null })).toBe(true);
    expect(ajv.validate(schemaOf('ConsentRecorded'), recorded!.data)).toBe(false);
    expect(ajv.validate(schemaOf('ConsentRevoked'), revoked!.data)).toBe(false);
  });
});
