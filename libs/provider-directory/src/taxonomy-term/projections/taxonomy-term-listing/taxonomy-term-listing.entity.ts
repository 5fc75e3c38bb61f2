import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HsdsObject } from '../../../hsds/hsds.types';

/** A taxonomy term; `parent_id` lets need search descend the hierarchy. */
@Entity({ schema: 'provider_directory', name: 'taxonomy_terms' })
export class TaxonomyTermListing {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;

  @Column({ name: 'last_modified', type: 'timestamptz' })
  lastModified!: Date;

  @Column({ type: 'text', nullable: true })
  code!: string | null;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  parent_id!: string | null;

  @Column({ type: 'text', nullable: true })
  taxonomy!: string | null;

  @Column({ type: 'text', nullable: true })
  taxonomy_id!: string | null;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'text', nullable: true })
  term_uri!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata!: HsdsObject[] | null;
}
