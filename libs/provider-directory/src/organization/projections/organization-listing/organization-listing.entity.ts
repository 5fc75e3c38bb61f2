import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HsdsAttribute, HsdsObject } from '../../../hsds/hsds.types';

/** An organisation as HSDS serves it, one row per organisation of a tenant. */
@Entity({ schema: 'provider_directory', name: 'organizations' })
export class OrganizationListing {
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
  alternate_name!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  tax_status!: string | null;

  @Column({ type: 'text', nullable: true })
  tax_id!: string | null;

  @Column({ type: 'double precision', nullable: true })
  year_incorporated!: number | null;

  @Column({ type: 'text', nullable: true })
  legal_status!: string | null;

  @Column({ type: 'text', nullable: true })
  logo!: string | null;

  @Column({ type: 'text', nullable: true })
  uri!: string | null;

  @Column({ type: 'text', nullable: true })
  parent_organization_id!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  funding!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  contacts!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  phones!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  programs!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  organization_identifiers!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  attributes!: HsdsAttribute[] | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata!: HsdsObject[] | null;

  @Column({ name: 'suspended_reason', type: 'text', nullable: true })
  suspendedReason!: string | null;
}
