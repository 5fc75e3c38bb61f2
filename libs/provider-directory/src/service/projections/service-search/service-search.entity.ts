import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One narrow row per service for case-manager search: the text it is found by (PostgreSQL generates the tsvectors
 * from it), its taxonomy terms, languages, age range and open capacity. Distance comes from the locations table.
 */
@Entity({ schema: 'provider_directory', name: 'service_search' })
export class ServiceSearch {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'organization_id', type: 'text', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'text', nullable: true })
  status!: string | null;

  @Column({ type: 'boolean' })
  suspended!: boolean;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ name: 'alternate_name', type: 'text', nullable: true })
  alternateName!: string | null;

  @Column({ name: 'taxonomy_text', type: 'text', nullable: true })
  taxonomyText!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'eligibility_description', type: 'text', nullable: true })
  eligibilityDescription!: string | null;

  @Column({ name: 'interpretation_services', type: 'text', nullable: true })
  interpretationServices!: string | null;

  @Column({ name: 'minimum_age', type: 'double precision', nullable: true })
  minimumAge!: number | null;

  @Column({ name: 'maximum_age', type: 'double precision', nullable: true })
  maximumAge!: number | null;

  @Column({ name: 'taxonomy_term_ids', type: 'text', array: true })
  taxonomyTermIds!: string[];

  @Column({ name: 'taxonomy_keys', type: 'text', array: true })
  taxonomyKeys!: string[];

  @Column({ name: 'language_keys', type: 'text', array: true })
  languageKeys!: string[];

  @Column({ name: 'capacity_available', type: 'double precision', nullable: true })
  capacityAvailable!: number | null;
}
