import type { RecordedEvent } from '@casemgmt/event-store';
import { update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, ignoreUnknownEvent, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import type { ServiceAtLocationEvent } from '../../service-at-location.decider';
import { ServiceAtLocationListing } from './service-at-location-listing.entity';

/** Which service is delivered where: the join of distance search and of the nested HSDS documents. */
export const serviceAtLocationListingProjection: Projection = {
  name: 'provider-directory.service-at-locations',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.service_at_location],
  project(recorded: RecordedEvent): readonly ReadModelChange[] {
    const event = recorded as unknown as RecordedEvent<ServiceAtLocationEvent>;
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
