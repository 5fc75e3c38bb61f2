import { consentInForce, expiresAt, startOfDayIn, type ConsentInForceRequest } from './consent-in-force';
import type { ConsentDirective } from './consent.types';

const consent: ConsentDirective = {
  consentId: 'consent-1',
  categories: ['substance_use_disorder', 'mental_health'],
  purposes: ['treatment', 'referral'],
  recipients: [
    { kind: 'named', name: 'Harbor Clinic', organizationId: 'org-harbor' },
    { kind: 'named', name: 'Dr. Jane Okafor' },
    { kind: 'class', description: 'My treating providers', treatingProviderRelationship: true },
  ],
  signedAt: new Date('2026-03-01T15:00:00Z'),
  effectiveFrom: new Date('2026-03-01T15:00:00Z'),
  expiry: { kind: 'date', on: '2026-12-31' },
  expiryEventOccurredAt: null,
  revokedAt: null,
};

const ask = (overrides: Partial<ConsentInForceRequest> = {}): ConsentInForceRequest => ({
  recipient: { organizationId: 'org-harbor' },
  category: 'substance_use_disorder',
  purpose: 'treatment',
  at: new Date('2026-06-01T12:00:00Z'),
  ...overrides,
});

describe('whether a consent is in force', () => {
  it('is in force for a covered recipient, category and purpose between signing and expiry', () => {
    expect(consentInForce([consent], ask())).toEqual({
      inForce: true,
      consentId: 'consent-1',
      reason: expect.stringContaining('in force'),
    });
  });

  it('is not in force before the consent is signed, nor before it takes effect', () => {
    expect(consentInForce([consent], ask({ at: new Date('2026-03-01T14:59:59.999Z') }))).toEqual({
      inForce: false,
      consentId: 'consent-1',
      reason: expect.stringContaining('takes effect only at 2026-03-01T15:00:00.000Z'),
    });
    const later = { ...consent, effectiveFrom: new Date('2026-04-01T00:00:00Z') };
    expect(consentInForce([later], ask({ at: new Date('2026-03-15T00:00:00Z') })).inForce).toBe(false);
    expect(consentInForce([later], ask({ at: new Date('2026-04-01T00:00:00Z') })).inForce).toBe(true);
  });

  it('applies a revocation forward only: in force before it, not from it on', () => {
    const revoked = { ...consent, revokedAt: new Date('2026-05-01T10:00:00Z') };
    expect(consentInForce([revoked], ask({ at: new Date('2026-04-30T23:00:00Z') })).inForce).toBe(true);
    expect(consentInForce([revoked], ask({ at: new Date('2026-05-01T09:59:59.999Z') })).inForce).toBe(true);
    expect(consentInForce([revoked], ask({ at: new Date('2026-05-01T10:00:00Z') }))).toEqual({
      inForce: false,
      consentId: 'consent-1',
      reason: expect.stringContaining('revoked at 2026-05-01T10:00:00.000Z'),
    });
    expect(consentInForce([revoked], ask({ at: new Date('2026-06-01T00:00:00Z') })).inForce).toBe(false);
  });

  it('keeps an expiry date in force through the end of that day in the agency’s time zone', () => {
    const losAngeles = { timeZone: 'America/Los_Angeles' };
    // 2026-12-31 ends at 2027-01-01T08:00Z in Los Angeles (PST, UTC-8).
    expect(consentInForce([consent], ask({ at: new Date('2027-01-01T07:59:59.999Z') }), losAngeles).inForce).toBe(true);
    expect(consentInForce([consent], ask({ at: new Date('2027-01-01T08:00:00Z') }), losAngeles)).toEqual({
      inForce: false,
      consentId: 'consent-1',
      reason: expect.stringContaining('expired at the end of 2026-12-31'),
    });
    // Without a calendar the day ends in UTC.
    expect(consentInForce([consent], ask({ at: new Date('2026-12-31T23:59:59.999Z') })).inForce).toBe(true);
    expect(consentInForce([consent], ask({ at: new Date('2027-01-01T00:00:00Z') })).inForce).toBe(false);
  });

  it('finds the end of a day across daylight saving changes', () => {
    // New York switches to EDT on 2026-03-08: that day starts at 05:00Z, the next at 04:00Z.
    expect(startOfDayIn('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIn('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfDayIn('2026-07-01', 'Asia/Kolkata').toISOString()).toBe('2026-06-30T18:30:00.000Z');
    expect(
      expiresAt({ ...consent, expiry: { kind: 'date', on: '2026-11-01' } }, { timeZone: 'America/Chicago' }),
    ).toEqual(new Date('2026-11-02T06:00:00.000Z'));
  });

  it('ends an event-expiry consent when the event occurs, and not before', () => {
    const untilDischarge: ConsentDirective = { ...consent, expiry: { kind: 'event', event: 'discharge' } };
    expect(consentInForce([untilDischarge], ask({ at: new Date('2030-01-01T00:00:00Z') })).inForce).toBe(true);
    const discharged = { ...untilDischarge, expiryEventOccurredAt: new Date('2026-05-15T16:00:00Z') };
    expect(consentInForce([discharged], ask({ at: new Date('2026-05-15T15:59:59Z') })).inForce).toBe(true);
    expect(consentInForce([discharged], ask({ at: new Date('2026-05-15T16:00:00Z') }))).toEqual({
      inForce: false,
      consentId: 'consent-1',
      reason: expect.stringContaining('expired at "discharge"'),
    });
  });

  it('is not in force for a category the consent does not cover', () => {
    expect(consentInForce([consent], ask({ category: 'housing' }))).toEqual({
      inForce: false,
      reason: expect.stringContaining('does not cover housing information'),
    });
  });

  it('is not in force for a purpose the consent does not allow', () => {
    expect(consentInForce([consent], ask({ purpose: 'payment' }))).toEqual({
      inForce: false,
      reason: expect.stringContaining('does not allow disclosure for payment'),
    });
  });

  it('matches a named recipient by organisation id, else by name ignoring case and spacing', () => {
    expect(consentInForce([consent], ask({ recipient: { organizationId: 'org-harbor' } })).inForce).toBe(true);
    expect(consentInForce([consent], ask({ recipient: { name: '  dr. jane   OKAFOR ' } })).inForce).toBe(true);
    expect(consentInForce([consent], ask({ recipient: { name: 'harbor clinic' } })).inForce).toBe(true);
    // Where both sides have an organisation id, the id decides, whatever the name.
    expect(
      consentInForce([consent], ask({ recipient: { organizationId: 'org-other', name: 'Harbor Clinic' } })),
    ).toEqual({ inForce: false, reason: expect.stringContaining('does not name this recipient') });
    expect(consentInForce([consent], ask({ recipient: { name: 'Bayside Clinic' } })).inForce).toBe(false);
  });

  it('matches a class of recipients only for a treating provider when the class has that relationship', () => {
    const stranger = { organizationId: 'org-unknown', name: 'Unlisted Clinic' };
    expect(consentInForce([consent], ask({ recipient: { ...stranger, treatingProvider: true } })).inForce).toBe(true);
    expect(consentInForce([consent], ask({ recipient: stranger })).inForce).toBe(false);
    const housingClass: ConsentDirective = {
      ...consent,
      categories: ['housing'],
      recipients: [{ kind: 'class', description: 'County housing programs', treatingProviderRelationship: false }],
    };
    expect(
      consentInForce([housingClass], ask({ category: 'housing', recipient: { ...stranger, treatingProvider: true } }))
        .inForce,
    ).toBe(false);
  });

  it('covers every category with all_records, but a request for all records needs an all_records consent', () => {
    const everything: ConsentDirective = { ...consent, consentId: 'consent-all', categories: ['all_records'] };
    expect(consentInForce([everything], ask({ category: 'housing' }))).toEqual(
      expect.objectContaining({ inForce: true, consentId: 'consent-all' }),
    );
    expect(consentInForce([everything], ask({ category: 'all_records' })).inForce).toBe(true);
    expect(consentInForce([consent], ask({ category: 'all_records' })).inForce).toBe(false);
  });

  it('answers with any consent in force among several, and says when there is none at all', () => {
    const revoked = { ...consent, consentId: 'consent-old', revokedAt: new Date('2026-04-01T00:00:00Z') };
    const renewed = {
      ...consent,
      consentId: 'consent-new',
      signedAt: new Date('2026-04-02T00:00:00Z'),
      effectiveFrom: new Date('2026-04-02T00:00:00Z'),
    };
    expect(consentInForce([revoked, renewed], ask())).toEqual(
      expect.objectContaining({ inForce: true, consentId: 'consent-new' }),
    );
    expect(consentInForce([revoked, renewed], ask({ at: new Date('2026-04-01T12:00:00Z') }))).toEqual({
      inForce: false,
      consentId: 'consent-new',
      reason: expect.stringContaining('takes effect only at'),
    });
    expect(consentInForce([], ask())).toEqual({ inForce: false, reason: 'no consent is on record for this client' });
  });
});
