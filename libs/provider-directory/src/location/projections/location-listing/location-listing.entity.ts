import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HsdsAttribute, HsdsLanguage, HsdsObject } from '../../../hsds/hsds.types';

/** A location as HSDS serves it; its coordinates feed distance search. */
@Entity({ schema: 'provider_directory', name: 'locations' })
export class LocationListing {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;

  @Column({ name: 'last_modified', type: 'timestamptz' })
  lastModified!: Date;

  @Column({ type: 'text', nullable: true })
  location_type!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  organization_id!: string | null;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  alternate_name!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  transportation!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'text', nullable: true })
  external_identifier!: string | null;

  @Column({ type: 'text', nullable: true })
  external_identifier_type!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  languages!: HsdsLanguage[] | null;

  @Column({ type: 'jsonb', nullable: true })
  addresses!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  contacts!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  accessibility!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  phones!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  schedules!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  attributes!: HsdsAttribute[] | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata!: HsdsObject[] | null;
}
