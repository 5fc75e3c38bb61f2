import { projectEvent } from '@casemgmt/read-model';
import { recordedEvent } from '@casemgmt/testing';
import type { ServiceEvent } from '../../service.decider';
import { ServiceListing } from './service-listing.entity';
import { serviceListingProjection } from './service-listing.projection';

const recorded = (event: ServiceEvent, streamVersion: number) =>
  recordedEvent(event, { streamId: `provider-directory.service-${event.data.serviceId}`, streamVersion });

const serviceId = 's-1';

describe('service listing projection', () => {
  it('writes every HSDS field of a registration, null where the service has none', () => {
    const [change] = serviceListingProjection.project(
      recorded(
        { type: 'ServiceRegistered', data: { serviceId, service: { name: 'Night shelter', status: 'active' } } },
        1,
      ),
    );
    expect(change).toMatchObject({
      kind: 'upsert',
      entity: ServiceListing,
      key: ['tenantId', 'id'],
      values: {
        tenantId: 'county-a',
        id: serviceId,
        streamVersion: 1,
        name: 'Night shelter',
        description: null,
        phones: null,
        suspendedReason: null,
      },
    });
  });

  it('writes only the changed columns of an update, and the version and time of the change', () => {
    const [change] = serviceListingProjection.project(
      recorded({ type: 'ServiceUpdated', data: { serviceId, changes: { minimum_age: 16, languages: null } } }, 2),
    );
    expect(change).toEqual({
      kind: 'update',
      entity: ServiceListing,
      where: { tenantId: 'county-a', id: serviceId },
      set: { streamVersion: 2, lastModified: new Date('2026-02-01T10:00:01Z'), minimum_age: 16, languages: null },
    });
  });

  it('ignores event types it does not know, such as those of other records of the directory', () => {
    const location = { type: 'LocationRegistered', data: { serviceId } };
    expect(
      projectEvent(
        serviceListingProjection,
        recordedEvent(location, { streamId: 'provider-directory.location-l-1', streamVersion: 4 }),
      ),
    ).toEqual([]);
  });
});
