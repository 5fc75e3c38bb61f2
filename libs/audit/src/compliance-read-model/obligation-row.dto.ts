import { ApiProperty } from '@nestjs/swagger';
import type { ObligationStatus } from '../compliance/obligation';
import type { RuleKind } from '../compliance/rule-set';
import type { ObligationRow } from './obligation-row';

const RULE_KINDS: readonly RuleKind[] = ['deadline', 'recurring', 'lag'];
const OBLIGATION_STATUSES: readonly ObligationStatus[] = ['met', 'met_late', 'violated', 'pending', 'cancelled'];

/** One obligation of a case and how it stands, as the compliance reads and exports answer it. */
export class ObligationRowDto implements ObligationRow {
  @ApiProperty()
  readonly caseId!: string;
  @ApiProperty({ type: String, nullable: true })
  readonly programId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The team holding the case' })
  readonly teamId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The case manager' })
  readonly workerId!: string | null;
  @ApiProperty()
  readonly ruleId!: string;
  @ApiProperty({ enum: RULE_KINDS })
  readonly kind!: RuleKind;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What it is about: the correlating key’s value (a plan, a referral), the month (`YYYY-MM`) or null',
  })
  readonly concerns!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The event it arose from; null for a month' })
  readonly arisenFrom!: string | null;
  @ApiProperty({ format: 'date-time' })
  readonly aroseAt!: string;
  @ApiProperty({ format: 'date-time' })
  readonly dueAt!: string;
  @ApiProperty({
    enum: OBLIGATION_STATUSES,
    description:
      '`met` by its due time, `met_late` after it (fined), `violated` unmet past it (fined), `pending` not yet due, ' +
      '`cancelled` lifted before it',
  })
  readonly status!: ObligationStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly metAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The event that met it' })
  readonly metBy!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'For met_late: how long after its due time, in ms' })
  readonly lateByMs!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'For violated: how long past its due time, in ms' })
  readonly overdueByMs!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The event that cancelled it or ended it unmet' })
  readonly endedBy!: string | null;
  @ApiProperty({ description: 'The fine of a violation or a late meeting, in cents (USD); 0 otherwise' })
  readonly fineCents!: number;
  @ApiProperty({ description: 'What it costs if it is missed, in cents (USD)' })
  readonly fineAtRiskCents!: number;
  @ApiProperty({ description: 'The rule set that judged it' })
  readonly ruleSetId!: string;
  @ApiProperty()
  readonly ruleSetVersion!: number;
}
