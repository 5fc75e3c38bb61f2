import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import { SERVICE_EVENT_TYPES, type ServiceEvent } from '../../service.decider';
import { ServiceListing } from './service-listing.entity';

/** Services as HSDS serves them (`GET /services`, `GET /services/{id}`). */
export const serviceListingProjection: Projection<ServiceEvent> = {
  name: 'provider-directory.services',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.service],
  eventTypes: SERVICE_EVENT_TYPES,
  project(event: RecordedEvent<ServiceEvent>): readonly ReadModelChange[] {
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
