import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import { LOCATION_EVENT_TYPES, type LocationEvent } from '../../location.decider';
import { LocationListing } from './location-listing.entity';

/** Locations as HSDS serves them; their coordinates are what distance search measures from. */
export const locationListingProjection: Projection<LocationEvent> = {
  name: 'provider-directory.locations',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.location],
  eventTypes: LOCATION_EVENT_TYPES,
  project(event: RecordedEvent<LocationEvent>): readonly ReadModelChange[] {
    const tenantId = event.metadata.tenantId;
    switch (event.type) {
      case 'LocationRegistered':
        return [
          upsert(
            LocationListing,
            {
              tenantId,
              id: event.data.locationId,
              ...rowVersion(event),
              ...registeredColumns('location', event.data.location),
            },
            ['tenantId', 'id'],
          ),
        ];
      case 'LocationUpdated':
        return [
          update(
            LocationListing,
            { tenantId, id: event.data.locationId },
            { ...rowVersion(event), ...changedColumns('location', event.data.changes) },
          ),
        ];
      default:
        return ignoreUnknownEvent(event);
    }
  },
};
