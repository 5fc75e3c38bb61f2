import { ApiProperty } from '@nestjs/swagger';
import {
  DISCLOSABLE_FIELDS,
  FOLLOW_UP_RESULTS,
  REFERRAL_REASONS,
  REFERRAL_STATUSES,
  TARGET_WARNINGS,
  type DisclosableField,
  type DisclosureRecord,
  type ExistingReferral,
  type FollowUpResult,
  type ReferralReason,
  type ReferralStatus,
  type TargetWarning,
} from '../../referral.decider';
import { ReferralTargetDto } from '../../referral-target.dto';
import type { ReferralView } from './get-referral.query';

// `GET /referral/referrals/{referralId}` as the OpenAPI document describes it, so clients (the console) get
// generated types; implementing the interfaces keeps them one with the answer.

const FIELDS = Object.keys(DISCLOSABLE_FIELDS) as DisclosableField[];

type Outcome = NonNullable<ExistingReferral['outcome']>;
type FollowUp = NonNullable<ExistingReferral['followUp']>;

export class ReferralDisclosureRecordDto implements DisclosureRecord {
  @ApiProperty({ format: 'uuid', description: 'The consent it was made under' })
  readonly consentId!: string;

  @ApiProperty()
  readonly purpose!: string;

  @ApiProperty({ enum: FIELDS, isArray: true, description: 'The fields disclosed' })
  readonly fields!: DisclosableField[];

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When that consent was revoked, once intake recorded it; the disclosure itself stands',
  })
  readonly consentRevokedAt!: string | null;
}

export class ReferralOutcomeDto implements Outcome {
  @ApiProperty({ format: 'date' })
  readonly deliveredOn!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Null once the client’s data was erased' })
  readonly description!: string | null;
}

export class ReferralFollowUpDto implements FollowUp {
  @ApiProperty({ enum: FOLLOW_UP_RESULTS })
  readonly result!: FollowUpResult;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null when none was given or the client’s data was erased',
  })
  readonly note!: string | null;
}

export class ReferralViewDto implements ReferralView {
  @ApiProperty({ format: 'uuid' })
  readonly referralId!: string;

  @ApiProperty({ format: 'uuid' })
  readonly caseId!: string;

  @ApiProperty({ description: 'The case’s need it serves (a need code)' })
  readonly need!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The care plan goal, when one is named' })
  readonly goalId!: string | null;

  @ApiProperty({ type: ReferralTargetDto })
  readonly target!: ReferralTargetDto;

  @ApiProperty({
    enum: TARGET_WARNINGS,
    isArray: true,
    description: 'What the worker was warned of when choosing the target',
  })
  readonly warnings!: TargetWarning[];

  @ApiProperty({ enum: REFERRAL_STATUSES })
  readonly status!: ReferralStatus;

  @ApiProperty({ description: 'Who drafted it' })
  readonly createdBy!: string;

  @ApiProperty({ type: [ReferralDisclosureRecordDto], description: 'Each disclosure its sends made, oldest first' })
  readonly disclosures!: ReferralDisclosureRecordDto[];

  // A nullable enum lists null among its values (OpenAPI 3.0.3), or null is outside it.
  @ApiProperty({ enum: [...REFERRAL_REASONS, null], nullable: true, description: 'Why it was rejected or failed' })
  readonly reason!: ReferralReason | null;

  @ApiProperty({ type: ReferralOutcomeDto, nullable: true, description: 'Null until it is completed' })
  readonly outcome!: ReferralOutcomeDto | null;

  @ApiProperty({ type: ReferralFollowUpDto, nullable: true, description: 'Null until the follow-up' })
  readonly followUp!: ReferralFollowUpDto | null;

  @ApiProperty({ description: 'The referral’s stream version: the expected version of the next change' })
  readonly streamVersion!: number;
}
