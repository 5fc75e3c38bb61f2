import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import type { ListingAtDraft, TargetWarning } from '../referral/referral.decider';

/** A directory service at a location as referral knows it now: what a draft checks and pins. */
export interface DirectoryListing {
  readonly listing: ListingAtDraft;
  readonly organizationId: string | null;
  readonly organizationName: string | null;
  readonly listingVersion: number | null;
}

interface ListingRow extends Record<string, unknown> {
  readonly organization_id: string | null;
  readonly status: string | null;
  readonly suspended: boolean;
  readonly capacity: { readonly available: number }[] | null;
  readonly listing_version: number;
  readonly organization_name: string | null;
  readonly organization_suspended: boolean | null;
  readonly offered_there: boolean;
}

const NOT_FOUND: DirectoryListing = {
  listing: { found: false, defunct: false, warnings: [] },
  organizationId: null,
  organizationName: null,
  listingVersion: null,
};

/**
 * The listing of a service at a location in the HSDS 3.0 terms a referral is checked in: unknown, or not offered at
 * that location, is not found; `defunct` (HSDS status: it no longer exists) is refused; `inactive`, `temporarily
 * closed` or taken out of search by an administrator (the service or its organisation) warns that it is closed for
 * now; capacity reports that all show nothing available warn that no capacity is free.
 */
@Injectable()
export class DirectoryListingsQuery {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  async listingOf(tenantId: string, serviceId: string, locationId: string): Promise<DirectoryListing> {
    const { rows } = await this.pool.query<ListingRow>(
      `SELECT s.organization_id, s.status, s.suspended, s.capacity, s.listing_version,
              o.name AS organization_name, o.suspended AS organization_suspended,
              EXISTS (SELECT 1 FROM referral.directory_placements p
                       WHERE p.tenant_id = s.tenant_id AND p.service_id = s.service_id AND p.location_id = $3)
                AS offered_there
         FROM referral.directory_services s
         LEFT JOIN referral.directory_organizations o
           ON o.tenant_id = s.tenant_id AND o.organization_id = s.organization_id
        WHERE s.tenant_id = $1 AND s.service_id = $2`,
      [tenantId, serviceId, locationId],
    );
    const row = rows[0];
    if (!row || !row.offered_there) return NOT_FOUND;
    const warnings: TargetWarning[] = [];
    if (
      row.status === 'inactive' ||
      row.status === 'temporarily closed' ||
      row.suspended ||
      row.organization_suspended
    ) {
      warnings.push('service_temporarily_closed');
    }
    if (row.capacity && row.capacity.length > 0 && row.capacity.every((entry) => entry.available <= 0)) {
      warnings.push('no_capacity_free');
    }
    return {
      listing: { found: true, defunct: row.status === 'defunct', warnings },
      organizationId: row.organization_id,
      organizationName: row.organization_name,
      listingVersion: row.listing_version,
    };
  }
}
