import { randomBytes } from 'node:crypto';
import { createBlindIndex } from '@casemgmt/personal-data';
import { recordedEvent as stored } from '@casemgmt/testing';
import type { ConsentEvent, ConsentRecorded } from '../../consent.decider';
import { PART_2_REDISCLOSURE_NOTICE } from '../../consent.types';
import { ConsentDirectiveRow } from './consent-directive.entity';
import { consentDirectiveProjection as projectionWith, recipientNameTerm } from './consent-directive.projection';

const index = createBlindIndex(randomBytes(32).toString('base64'));
const consentDirectiveProjection = projectionWith(index);

const consentId = '0190f3a0-1111-7000-8000-000000000001';
const clientId = '0190f3a0-2222-7000-8000-000000000002';

const recordedEvent = (event: ConsentEvent, streamVersion: number) =>
  stored(event, {
    streamId: `intake.consent-${consentId}`,
    streamVersion,
    occurredAt: new Date('2026-03-01T10:00:00Z'),
    recordedAt: new Date('2026-03-01T10:00:01Z'),
    metadata: { tenantId: 'county-a', actor: { id: 'iw-1', role: 'intake_worker' }, correlationId: 'c', clientId },
  });

const recorded: ConsentRecorded = {
  type: 'ConsentRecorded',
  data: {
    consentId,
    clientId,
    discloser: { kind: 'program' },
    information: { categories: ['substance_use_disorder'] },
    recipients: [{ kind: 'named' }],
    purpose: ['treatment'],
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: '2027-02-28' },
    signedAt: '2026-03-01T08:30:00.000Z',
    signedBy: 'patient',
    effectiveFrom: '2026-03-01T08:30:00.000Z',
    personal: {
      signatureName: 'T. Vasquez',
      discloserName: 'County SUD Program',
      informationDescription: 'Treatment summary',
      recipientTexts: ['Harbor Clinic'],
      redisclosureNotice: PART_2_REDISCLOSURE_NOTICE,
    },
  },
};

describe('consent directive projection', () => {
  it('writes the terms and dates of a recorded consent, a recipient’s name as its blind-index term only', () => {
    const [change] = consentDirectiveProjection.project(recordedEvent(recorded, 1));
    expect(JSON.stringify(change)).not.toMatch(/Harbor|County SUD|Vasquez/);
    expect(change).toEqual({
      kind: 'upsert',
      entity: ConsentDirectiveRow,
      key: ['tenantId', 'consentId'],
      values: {
        tenantId: 'county-a',
        consentId,
        clientId,
        caseId: null,
        categories: ['substance_use_disorder'],
        purposes: ['treatment'],
        recipients: [{ kind: 'named', name: null, nameTerm: recipientNameTerm(index, 'county-a', 'harbor  CLINIC') }],
        effectiveFrom: new Date('2026-03-01T08:30:00.000Z'),
        expiresOn: '2027-02-28',
        expiresByEvent: false,
        expiryEventOccurredAt: null,
        revokedAt: null,
        signedAt: new Date('2026-03-01T08:30:00.000Z'),
        version: 1,
      },
    });
  });

  it('sets the revocation and expiry-event dates on the row', () => {
    expect(
      consentDirectiveProjection.project(
        recordedEvent(
          {
            type: 'ConsentRevoked',
            data: { consentId, revokedAt: '2026-04-01T00:00:00.000Z', method: 'written', personal: null },
          },
          2,
        ),
      ),
    ).toEqual([
      {
        kind: 'update',
        entity: ConsentDirectiveRow,
        where: { tenantId: 'county-a', consentId },
        set: { revokedAt: new Date('2026-04-01T00:00:00.000Z'), version: 2 },
      },
    ]);
    expect(
      consentDirectiveProjection.project(
        recordedEvent(
          {
            type: 'ConsentExpiryEventOccurred',
            data: { consentId, occurredAt: '2026-05-01T00:00:00.000Z' },
          },
          3,
        ),
      ),
    ).toEqual([
      {
        kind: 'update',
        entity: ConsentDirectiveRow,
        where: { tenantId: 'county-a', consentId },
        set: { expiryEventOccurredAt: new Date('2026-05-01T00:00:00.000Z'), version: 3 },
      },
    ]);
  });
});
