import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HsdsObject } from '../../../hsds/hsds.types';

/** A taxonomy as HSDS serves it. */
@Entity({ schema: 'provider_directory', name: 'taxonomies' })
export class TaxonomyListing {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;

  @Column({ name: 'last_modified', type: 'timestamptz' })
  lastModified!: Date;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  uri!: string | null;

  @Column({ type: 'text', nullable: true })
  version!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata!: HsdsObject[] | null;
}
