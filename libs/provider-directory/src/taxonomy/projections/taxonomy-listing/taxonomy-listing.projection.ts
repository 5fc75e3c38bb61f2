import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import { TAXONOMY_EVENT_TYPES, type TaxonomyEvent } from '../../taxonomy.decider';
import { TaxonomyListing } from './taxonomy-listing.entity';

/** Taxonomies as HSDS serves them (`GET /taxonomies`). */
export const taxonomyListingProjection: Projection<TaxonomyEvent> = {
  name: 'provider-directory.taxonomies',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.taxonomy],
  eventTypes: TAXONOMY_EVENT_TYPES,
  project(event: RecordedEvent<TaxonomyEvent>): readonly ReadModelChange[] {
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
