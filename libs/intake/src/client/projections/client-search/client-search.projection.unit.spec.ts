import { randomBytes } from 'node:crypto';
import { createBlindIndex } from '@casemgmt/personal-data';
import { recordedEvent } from '@casemgmt/testing';
import type { ClientEvent } from '../../client.decider';
import { ClientSearch, ClientSearchTerm } from './client-search.entity';
import { clientSearchProjection } from './client-search.projection';
import { dateOfBirthTerm, identifierTerm, nameWordTerm } from './client-search-terms';

const clientId = '0190f3a0-0000-7000-8000-000000000001';
const index = createBlindIndex(randomBytes(32).toString('base64'));
const projection = clientSearchProjection(index);
const where = { tenantId: 'county-a', clientId };

const recorded = (event: ClientEvent, streamVersion: number) =>
  recordedEvent(event, {
    streamId: `intake.client-${clientId}`,
    streamVersion,
    occurredAt: new Date('2026-02-01T10:00:00Z'),
    recordedAt: new Date(`2026-02-0${streamVersion}T10:00:01Z`),
    metadata: { tenantId: 'county-a', actor: { id: 'w', role: 'intake_worker' }, correlationId: 'c', clientId },
  });

const term = (field: string, value: string) => ({
  kind: 'upsert',
  entity: ClientSearchTerm,
  key: ['tenantId', 'clientId', 'field', 'term'],
  values: { ...where, field, term: value },
});

describe('client search projection', () => {
  it('keeps the blind-index terms of name words, date of birth and identifiers, and no value in clear', () => {
    const changes = projection.project(
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
              preferredLanguage: 'es',
              demographics: {},
            },
          },
        },
        1,
      ),
    );
    expect(changes).toEqual([
      {
        kind: 'upsert',
        entity: ClientSearch,
        key: ['tenantId', 'clientId'],
        values: {
          ...where,
          mergedInto: null,
          erased: false,
          registeredAt: new Date('2026-02-01T10:00:01Z'),
          version: 1,
          updatedAt: new Date('2026-02-01T10:00:01Z'),
        },
      },
      term('given_name', nameWordTerm(index, 'county-a', 'jose')),
      term('family_name', nameWordTerm(index, 'county-a', 'obrien')),
      term('family_name', nameWordTerm(index, 'county-a', 'nunez')),
      term('date_of_birth', dateOfBirthTerm(index, 'county-a', '1990-01-31')),
      term('identifiers', identifierTerm(index, 'county-a', { system: 'ssn', value: '123456789' })),
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/jose|brien|nunez|1990|6789/i);
  });

  it('replaces only the terms of the corrected fields', () => {
    expect(
      projection.project(
        recorded(
          { type: 'ClientDetailsCorrected', data: { clientId, personal: { familyName: 'Ruiz', reason: 'typo' } } },
          2,
        ),
      ),
    ).toEqual([
      { kind: 'update', entity: ClientSearch, where, set: { version: 2, updatedAt: new Date('2026-02-02T10:00:01Z') } },
      { kind: 'delete', entity: ClientSearchTerm, where: { ...where, field: 'family_name' } },
      term('family_name', nameWordTerm(index, 'county-a', 'ruiz')),
    ]);
  });

  it('deletes every term on erasure, and writes none when personal data reads as null', () => {
    expect(
      projection.project(recorded({ type: 'ClientPersonalDataErased', data: { clientId, basis: 'court_order' } }, 3)),
    ).toEqual([
      expect.objectContaining({ kind: 'update', set: expect.objectContaining({ erased: true }) }),
      { kind: 'delete', entity: ClientSearchTerm, where },
    ]);
    const replayed = projection.project(recorded({ type: 'ClientRegistered', data: { clientId, personal: null } }, 1));
    expect(replayed).toEqual([expect.objectContaining({ kind: 'upsert', entity: ClientSearch })]);
  });

  it('reads the terms of an event stored before ADR 0014 alike', () => {
    const legacy = projection.project(
      recorded(
        {
          type: 'ClientRegistered',
          data: {
            clientId,
            personal: { givenName: 'Ana', familyName: 'Ruiz', dateOfBirth: '1990-01-31', identifiers: [], contact: {} },
            preferredLanguage: 'es',
            demographics: {},
          },
        },
        1,
      ),
    );
    expect(legacy).toHaveLength(4);
  });

  it('points a merged client to its survivor', () => {
    expect(
      projection.project(recorded({ type: 'ClientMergedInto', data: { clientId, survivorId: 'c-2' } }, 2)),
    ).toEqual([expect.objectContaining({ set: expect.objectContaining({ mergedInto: 'c-2', version: 2 }) })]);
  });
});
