import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import { TAXONOMY_TERM_EVENT_TYPES, type TaxonomyTermEvent } from '../../taxonomy-term.decider';
import { TaxonomyTermListing } from './taxonomy-term-listing.entity';

/** Taxonomy terms (`GET /taxonomy_terms`); need search descends their `parent_id` hierarchy. */
export const taxonomyTermListingProjection: Projection<TaxonomyTermEvent> = {
  name: 'provider-directory.taxonomy-terms',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.taxonomy_term],
  eventTypes: TAXONOMY_TERM_EVENT_TYPES,
  project(event: RecordedEvent<TaxonomyTermEvent>): readonly ReadModelChange[] {
    const tenantId = event.metadata.tenantId;
    switch (event.type) {
      case 'TaxonomyTermRegistered':
        return [
          upsert(
            TaxonomyTermListing,
            {
              tenantId,
              id: event.data.taxonomyTermId,
              ...rowVersion(event),
              ...registeredColumns('taxonomy_term', event.data.taxonomyTerm),
            },
            ['tenantId', 'id'],
          ),
        ];
      case 'TaxonomyTermUpdated':
        return [
          update(
            TaxonomyTermListing,
            { tenantId, id: event.data.taxonomyTermId },
            { ...rowVersion(event), ...changedColumns('taxonomy_term', event.data.changes) },
          ),
        ];
      default:
        return ignoreUnknownEvent(event);
    }
  },
};
