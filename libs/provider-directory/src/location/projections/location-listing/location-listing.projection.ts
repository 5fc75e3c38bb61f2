import type { RecordedEvent } from '@casemgmt/event-store';
import { update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, ignoreUnknownEvent, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import type { LocationEvent } from '../../location.decider';
import { LocationListing } from './location-listing.entity';

/** Locations as HSDS serves them; their coordinates are what distance search measures from. */
export const locationListingProjection: Projection = {
  name: 'provider-directory.locations',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.location],
  project(recorded: RecordedEvent): readonly ReadModelChange[] {
    const event = recorded as unknown as RecordedEvent<LocationEvent>;
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
