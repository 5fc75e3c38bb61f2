import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HsdsAttribute, HsdsObject } from '../../../hsds/hsds.types';

/** Where a service is delivered: links a service to a location, with details of its own. */
@Entity({ schema: 'provider_directory', name: 'service_at_locations' })
export class ServiceAtLocationListing {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;

  @Column({ name: 'last_modified', type: 'timestamptz' })
  lastModified!: Date;

  @Column({ type: 'text', nullable: true })
  service_id!: string | null;

  @Column({ type: 'text', nullable: true })
  location_id!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  contacts!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  phones!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  schedules!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  attributes!: HsdsAttribute[] | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata!: HsdsObject[] | null;
}
