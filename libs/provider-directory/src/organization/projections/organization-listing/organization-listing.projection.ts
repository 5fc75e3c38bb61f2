import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { DIRECTORY_CATEGORIES } from '../../../shared/directory-streams';
import { changedColumns, registeredColumns, rowVersion } from '../../../shared/listing-columns';
import { ORGANIZATION_EVENT_TYPES, type OrganizationEvent } from '../../organization.decider';
import { OrganizationListing } from './organization-listing.entity';

/** Organisations as HSDS serves them (`GET /organizations`), and whether an administrator suspended them. */
export const organizationListingProjection: Projection<OrganizationEvent> = {
  name: 'provider-directory.organizations',
  version: 1,
  categories: [DIRECTORY_CATEGORIES.organization],
  eventTypes: ORGANIZATION_EVENT_TYPES,
  project(event: RecordedEvent<OrganizationEvent>): readonly ReadModelChange[] {
    const tenantId = event.metadata.tenantId;
    switch (event.type) {
      case 'OrganizationRegistered':
        return [
          upsert(
            OrganizationListing,
            {
              tenantId,
              id: event.data.organizationId,
              ...rowVersion(event),
              ...registeredColumns('organization', event.data.organization),
              suspendedReason: null,
            },
            ['tenantId', 'id'],
          ),
        ];
      case 'OrganizationUpdated':
        return [
          update(
            OrganizationListing,
            { tenantId, id: event.data.organizationId },
            { ...rowVersion(event), ...changedColumns('organization', event.data.changes) },
          ),
        ];
      case 'OrganizationSuspended':
        return [
          update(
            OrganizationListing,
            { tenantId, id: event.data.organizationId },
            { ...rowVersion(event), suspendedReason: event.data.reason },
          ),
        ];
      case 'OrganizationReinstated':
        return [
          update(
            OrganizationListing,
            { tenantId, id: event.data.organizationId },
            { ...rowVersion(event), suspendedReason: null },
          ),
        ];
      default:
        return ignoreUnknownEvent(event);
    }
  },
};
