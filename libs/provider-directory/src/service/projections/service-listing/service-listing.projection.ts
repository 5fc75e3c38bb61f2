import type { RecordedEvent } from '@casemgmt/event-store';
import { update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, ignoreUnknownEvent, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import type { ServiceEvent } from '../../service.decider';
import { ServiceListing } from './service-listing.entity';

/** Services as HSDS serves them (`GET /services`, `GET /services/{id}`). */
export const serviceListingProjection: Projection = {
  name: 'provider-directory.services',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.service],
  project(recorded: RecordedEvent): readonly ReadModelChange[] {
    const event = recorded as unknown as RecordedEvent<ServiceEvent>;
    const tenantId = event.metadata.tenantId;
    switch (event.type) {
      case 'ServiceRegistered':
        return [
          upsert(
            ServiceListing,
            {
              tenantId,
              id: event.data.serviceId,
              ...rowVersion(event),
              ...registeredColumns('service', event.data.service),
              suspendedReason: null,
            },
            ['tenantId', 'id'],
          ),
        ];
      case 'ServiceUpdated':
        return [
          update(
            ServiceListing,
            { tenantId, id: event.data.serviceId },
            { ...rowVersion(event), ...changedColumns('service', event.data.changes) },
          ),
        ];
      case 'ServiceSuspended':
        return [
          update(
            ServiceListing,
            { tenantId, id: event.data.serviceId },
            { ...rowVersion(event), suspendedReason: event.data.reason },
          ),
        ];
      case 'ServiceReinstated':
        return [
          update(
            ServiceListing,
            { tenantId, id: event.data.serviceId },
            { ...rowVersion(event), suspendedReason: null },
          ),
        ];
      case 'ServiceCapacityUpdated':
        return [
          update(
            ServiceListing,
            { tenantId, id: event.data.serviceId },
            { ...rowVersion(event), service_capacity: [...event.data.service_capacity] },
          ),
        ];
      default:
        return ignoreUnknownEvent(event);
    }
  },
};
