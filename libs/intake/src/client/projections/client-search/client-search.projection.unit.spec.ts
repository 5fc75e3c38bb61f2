import type { RecordedEvent } from '@casemgmt/event-store';
import type { ClientEvent } from '../../client.decider';
import { ClientSearch } from './client-search.entity';
import { clientSearchProjection } from './client-search.projection';

const clientId = '0190f3a0-0000-7000-8000-000000000001';

function recorded(event: ClientEvent, streamVersion: number): RecordedEvent {
  return {
    ...event,
    eventId: `0190f3a0-0000-7000-8000-${String(streamVersion).padStart(12, '0')}`,
    streamId: `intake.client-${clientId}`,
    streamVersion,
    globalPosition: BigInt(streamVersion),
    logPosition: { commit: 1n, prepare: BigInt(streamVersion) },
    occurredAt: new Date('2026-02-01T10:00:00Z'),
    recordedAt: new Date(`2026-02-0${streamVersion}T10:00:01Z`),
    metadata: { tenantId: 'county-a', actor: { id: 'w', role: 'intake_worker' }, correlationId: 'c', clientId },
  } as unknown as RecordedEvent;
}

const blankPersonal = {
  givenName: null,
  middleName: null,
  familyName: null,
  normalisedGivenName: null,
  normalisedFamilyName: null,
  dateOfBirth: null,
  identifiers: [],
};

describe('client search projection', () => {
  it('stores names as entered and normalised, and identifiers normalised', () => {
    const [change] = clientSearchProjection.project(
      recorded(
        {
          type: 'ClientRegistered',
          data: {
            clientId,
            personal: {
              givenName: 'José',
              familyName: "O'Brien-Núñez",
              dateOfBirth: '1990-01-31',
              identifiers: [{ system: 'ssn', value: '123-45-6789' }],
              contact: {},
            },
            preferredLanguage: 'es',
            demographics: {},
          },
        },
        1,
      ),
    );
    expect(change).toEqual({
      kind: 'upsert',
      entity: ClientSearch,
      key: ['tenantId', 'clientId'],
      values: {
        tenantId: 'county-a',
        clientId,
        givenName: 'José',
        middleName: null,
        familyName: "O'Brien-Núñez",
        normalisedGivenName: 'jose',
        normalisedFamilyName: 'obrien nunez',
        dateOfBirth: '1990-01-31',
        identifiers: [{ system: 'ssn', value: '123456789' }],
        preferredLanguage: 'es',
        mergedInto: null,
        erased: false,
        registeredAt: new Date('2026-02-01T10:00:01Z'),
        version: 1,
        updatedAt: new Date('2026-02-01T10:00:01Z'),
      },
    });
  });

  it('updates only the corrected columns', () => {
    expect(
      clientSearchProjection.project(
        recorded({ type: 'ClientDetailsCorrected', data: { clientId, personal: { familyName: 'Ruiz' } } }, 2),
      ),
    ).toEqual([
      {
        kind: 'update',
        entity: ClientSearch,
        where: { tenantId: 'county-a', clientId },
        set: {
          familyName: 'Ruiz',
          normalisedFamilyName: 'ruiz',
          version: 2,
          updatedAt: new Date('2026-02-02T10:00:01Z'),
        },
      },
    ]);
  });

  it('blanks the personal columns on erasure and when personal data reads as null', () => {
    const erased = clientSearchProjection.project(
      recorded({ type: 'ClientPersonalDataErased', data: { clientId, reason: 'request' } }, 3),
    );
    expect(erased).toEqual([
      expect.objectContaining({ kind: 'update', set: expect.objectContaining({ ...blankPersonal, erased: true }) }),
    ]);
    const replayed = clientSearchProjection.project(
      recorded(
        { type: 'ClientRegistered', data: { clientId, personal: null, preferredLanguage: 'es', demographics: {} } },
        1,
      ),
    );
    expect(replayed).toEqual([
      expect.objectContaining({ kind: 'upsert', values: expect.objectContaining(blankPersonal) }),
    ]);
  });

  it('points a merged client to its survivor', () => {
    expect(
      clientSearchProjection.project(recorded({ type: 'ClientMergedInto', data: { clientId, survivorId: 'c-2' } }, 2)),
    ).toEqual([expect.objectContaining({ set: expect.objectContaining({ mergedInto: 'c-2', version: 2 }) })]);
  });
});
