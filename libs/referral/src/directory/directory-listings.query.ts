import { Injectable } from '@nestjs/common';
import type { ListingAtDraft } from '../referral/referral.decider';

export interface DirectoryListing {
  readonly listing: ListingAtDraft;
  readonly organizationId: string | null;
  readonly organizationName: string | null;
  readonly listingVersion: number | null;
}

@Injectable()
export class DirectoryListingsQuery {
  listingOf(tenantId: string, serviceId: string, locationId: string): Promise<DirectoryListing> {
    throw new Error(`${tenantId} ${serviceId} ${locationId}`);
  }
}
