import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ClientIdentifier } from '../../client.types';

/** One row per client of a tenant: what search and duplicate detection read. Personal columns blank on erasure. */
@Entity({ schema: 'intake', name: 'client_search' })
export class ClientSearch {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName!: string | null;

  @Column({ name: 'middle_name', type: 'text', nullable: true })
  middleName!: string | null;

  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName!: string | null;

  @Column({ name: 'normalised_given_name', type: 'text', nullable: true })
  normalisedGivenName!: string | null;

  @Column({ name: 'normalised_family_name', type: 'text', nullable: true })
  normalisedFamilyName!: string | null;

  /** YYYY-MM-DD */
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  /** Identifiers with normalised values (letters and digits only). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  identifiers!: ClientIdentifier[];

  @Column({ name: 'preferred_language', type: 'text', nullable: true })
  preferredLanguage!: string | null;

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
