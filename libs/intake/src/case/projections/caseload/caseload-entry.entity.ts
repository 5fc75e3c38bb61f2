import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NeedCode } from '../../../screening/screening.types';
import type { CasePriority, CaseStatus } from '../../case.decider';

/** One row per case: who works it and how it stands. Caseloads are counts over this table. */
@Entity({ schema: 'intake', name: 'caseload_entry' })
export class CaseloadEntry {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ name: 'program_id', type: 'text' })
  programId!: string;

  @Column({ type: 'text' })
  priority!: CasePriority;

  @Column({ type: 'text' })
  status!: CaseStatus;

  @Column({ name: 'team_id', type: 'text' })
  teamId!: string;

  @Column({ name: 'case_manager_id', type: 'text', nullable: true })
  caseManagerId!: string | null;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'last_event_at', type: 'timestamptz' })
  lastEventAt!: Date;

  @Column({ name: 'safety_flag_open', type: 'boolean' })
  safetyFlagOpen!: boolean;

  @Column({ type: 'text', array: true })
  needs!: NeedCode[];

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;
}
