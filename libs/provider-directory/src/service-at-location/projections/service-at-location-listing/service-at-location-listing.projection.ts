import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import { SERVICE_AT_LOCATION_EVENT_TYPES, type ServiceAtLocationEvent } from '../../service-at-location.decider';
import { ServiceAtLocationListing } from './service-at-location-listing.entity';

/** Which service is delivered where: the join of distance search and of the nested HSDS documents. */
export const serviceAtLocationListingProjection: Projection<ServiceAtLocationEvent> = {
  name: 'provider-directory.service-at-locations',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.service_at_location],
  eventTypes: SERVICE_AT_LOCATION_EVENT_TYPES,
  project(event: RecordedEvent<ServiceAtLocationEvent>): readonly ReadModelChange[] {
    const tenantId = event.metadata.tenantId;
    switch (event.type) {
      case 'ServiceAtLocationRegistered':
        return [
          upsert(
            ServiceAtLocationListing,
            {
              tenantId,
              id: event.data.serviceAtLocationId,
              ...rowVersion(event),
              ...registeredColumns('service_at_location', event.data.serviceAtLocation),
            },
            ['tenantId', 'id'],
          ),
        ];
      case 'ServiceAtLocationUpdated':
        return [
          update(
            ServiceAtLocationListing,
            { tenantId, id: event.data.serviceAtLocationId },
            { ...rowVersion(event), ...changedColumns('service_at_location', event.data.changes) },
          ),
        ];
      default:
        return ignoreUnknownEvent(event);
    }
  },
};
