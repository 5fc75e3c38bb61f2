import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HsdsAttribute, HsdsLanguage, HsdsObject, ServiceCapacity } from '../../../hsds/hsds.types';

/** A service as HSDS serves it, one row per service of a tenant. */
@Entity({ schema: 'provider_directory', name: 'services' })
export class ServiceListing {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;

  @Column({ name: 'last_modified', type: 'timestamptz' })
  lastModified!: Date;

  @Column({ type: 'text', nullable: true })
  organization_id!: string | null;

  @Column({ type: 'text', nullable: true })
  program_id!: string | null;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  alternate_name!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  status!: string | null;

  @Column({ type: 'text', nullable: true })
  interpretation_services!: string | null;

  @Column({ type: 'text', nullable: true })
  application_process!: string | null;

  @Column({ type: 'text', nullable: true })
  fees_description!: string | null;

  @Column({ type: 'text', nullable: true })
  wait_time!: string | null;

  @Column({ type: 'text', nullable: true })
  fees!: string | null;

  @Column({ type: 'text', nullable: true })
  accreditations!: string | null;

  @Column({ type: 'text', nullable: true })
  eligibility_description!: string | null;

  @Column({ type: 'double precision', nullable: true })
  minimum_age!: number | null;

  @Column({ type: 'double precision', nullable: true })
  maximum_age!: number | null;

  @Column({ type: 'text', nullable: true })
  assured_date!: string | null;

  @Column({ type: 'text', nullable: true })
  assurer_email!: string | null;

  @Column({ type: 'text', nullable: true })
  licenses!: string | null;

  @Column({ type: 'text', nullable: true })
  alert!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  phones!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  schedules!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  service_areas!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  languages!: HsdsLanguage[] | null;

  @Column({ type: 'jsonb', nullable: true })
  funding!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  cost_options!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  program!: HsdsObject | null;

  @Column({ type: 'jsonb', nullable: true })
  required_documents!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  contacts!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  attributes!: HsdsAttribute[] | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata!: HsdsObject[] | null;

  @Column({ type: 'jsonb', nullable: true })
  service_capacity!: ServiceCapacity[] | null;

  @Column({ name: 'suspended_reason', type: 'text', nullable: true })
  suspendedReason!: string | null;
}
