import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per client of a tenant: what search and duplicate detection need besides the terms, and no personal
 * data. Names, dates of birth and identifiers are found through {@link ClientSearchTerm}; what a result shows is
 * read from the client's own (sealed) events.
 */
@Entity({ schema: 'intake', name: 'client_search' })
export class ClientSearch {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ name: 'merged_into', type: 'text', nullable: true })
  mergedInto!: string | null;

  @Column({ type: 'boolean', default: false })
  erased!: boolean;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The client field a term was made from; a correction of that field replaces its terms. */
export const SEARCH_FIELDS = ['given_name', 'family_name', 'date_of_birth', 'identifiers'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * A blind index entry: the keyed hash (HMAC-SHA-256 under the tenant's search key) of one normalised value of a
 * client, a name word, the date of birth or an identifier. Equal values give equal terms, so a search computes the
 * terms of what the worker typed and looks them up; the table alone tells nothing. Deleted on erasure.
 */
@Entity({ schema: 'intake', name: 'client_search_term' })
export class ClientSearchTerm {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'client_id', type: 'text' })
  clientId!: string;

  @PrimaryColumn({ type: 'text' })
  field!: SearchField;

  @PrimaryColumn({ type: 'text' })
  term!: string;
}
