import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WorkerRole } from '../../worker.decider';

/** One row per registered worker (`intake.worker`): the listing for admins and supervisors. */
@Entity({ schema: 'intake', name: 'worker' })
export class WorkerRow {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'worker_id', type: 'text' })
  workerId!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'team_id', type: 'text' })
  teamId!: string;

  @Column({ type: 'text', array: true })
  roles!: WorkerRole[];

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;
}
