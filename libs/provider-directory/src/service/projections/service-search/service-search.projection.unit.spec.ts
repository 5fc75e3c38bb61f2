import { recordedEvent } from '@casemgmt/testing';
import type { ServiceEvent } from '../../service.decider';
import { ServiceSearch } from './service-search.entity';
import { serviceSearchProjection } from './service-search.projection';

const serviceId = 's-1';
const recorded = (event: ServiceEvent, streamVersion: number) =>
  recordedEvent(event, { streamId: `provider-directory.service-${serviceId}`, streamVersion });
const attributes = [
  { id: 'a-1', taxonomy_term: { id: 't-1', code: 'BH-1800', name: 'Emergency Shelter' } },
  { id: 'a-2', taxonomy_term_id: 't-2' },
];

describe('service search projection', () => {
  it('derives what a service is found by from its registration', () => {
    const [change] = serviceSearchProjection.project(
      recorded(
        {
          type: 'ServiceRegistered',
          data: {
            serviceId,
            service: {
              name: 'Night shelter',
              status: 'active',
              attributes,
              languages: [{ id: 'l', code: 'ES', name: 'Spanish' }],
              minimum_age: 18,
            },
          },
        },
        1,
      ),
    );
    expect(change).toEqual({
      kind: 'upsert',
      entity: ServiceSearch,
      key: ['tenantId', 'id'],
      values: {
        tenantId: 'county-a',
        id: serviceId,
        suspended: false,
        organizationId: null,
        status: 'active',
        name: 'Night shelter',
        alternateName: null,
        description: null,
        eligibilityDescription: null,
        interpretationServices: null,
        minimumAge: 18,
        maximumAge: null,
        taxonomyTermIds: ['t-1', 't-2'],
        taxonomyKeys: ['bh-1800', 'emergency shelter'],
        taxonomyText: 'Emergency Shelter',
        languageKeys: ['es', 'spanish'],
        capacityAvailable: null,
      },
    });
  });

  it('updates only the search columns that follow from the changed fields, and nothing for other fields', () => {
    expect(
      serviceSearchProjection.project(
        recorded({ type: 'ServiceUpdated', data: { serviceId, changes: { minimum_age: 16, languages: null } } }, 2),
      ),
    ).toEqual([
      {
        kind: 'update',
        entity: ServiceSearch,
        where: { tenantId: 'county-a', id: serviceId },
        set: { minimumAge: 16, languageKeys: [] },
      },
    ]);
    expect(
      serviceSearchProjection.project(
        recorded({ type: 'ServiceUpdated', data: { serviceId, changes: { phones: [] } } }, 3),
      ),
    ).toEqual([]);
  });

  it('sums the open places over every capacity unit, and keeps suspended services out', () => {
    const [capacity] = serviceSearchProjection.project(
      recorded(
        {
          type: 'ServiceCapacityUpdated',
          data: {
            serviceId,
            capacityId: 'c-1',
            service_capacity: [
              { id: 'c-1', unit: { id: 'u-1', name: 'bed' }, available: 2, updated: '2026-02-01T10:00:00Z' },
              { id: 'c-2', unit: { id: 'u-2', name: 'crib' }, available: 1, updated: '2026-02-01T09:00:00Z' },
            ],
          },
        },
        4,
      ),
    );
    expect(capacity).toMatchObject({ kind: 'update', set: { capacityAvailable: 3 } });
    const [suspended] = serviceSearchProjection.project(
      recorded({ type: 'ServiceSuspended', data: { serviceId, reason: 'x' } }, 5),
    );
    expect(suspended).toMatchObject({ set: { suspended: true } });
  });
});
