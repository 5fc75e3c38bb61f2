import type { RecordedEvent } from '@casemgmt/event-store';
import { update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, ignoreUnknownEvent, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import type { TaxonomyEvent } from '../../taxonomy.decider';
import { TaxonomyListing } from './taxonomy-listing.entity';

/** Taxonomies as HSDS serves them (`GET /taxonomies`). */
export const taxonomyListingProjection: Projection = {
  name: 'provider-directory.taxonomies',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.taxonomy],
  project(recorded: RecordedEvent): readonly ReadModelChange[] {
    const event = recorded as unknown as RecordedEvent<TaxonomyEvent>;
    const tenantId = event.metadata.tenantId;
    switch (event.type) {
      case 'TaxonomyRegistered':
        return [
          upsert(
            TaxonomyListing,
            {
              tenantId,
              id: event.data.taxonomyId,
              ...rowVersion(event),
              ...registeredColumns('taxonomy', event.data.taxonomy),
            },
            ['tenantId', 'id'],
          ),
        ];
      case 'TaxonomyUpdated':
        return [
          update(
            TaxonomyListing,
            { tenantId, id: event.data.taxonomyId },
            { ...rowVersion(event), ...changedColumns('taxonomy', event.data.changes) },
          ),
        ];
      default:
        return ignoreUnknownEvent(event);
    }
  },
};
