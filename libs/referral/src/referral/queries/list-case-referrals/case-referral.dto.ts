import { ApiProperty } from '@nestjs/swagger';
import { ReferralTargetDto } from '../../referral-target.dto';
import { PartnerHistoryEntryDto } from '../get-partner-referral-history/partner-referral-history.dto';
import type { CaseReferral } from './list-case-referrals.query';

// `GET /referral/cases/{caseId}/referrals` as the OpenAPI document describes it, so clients (the console) get
// generated types; implementing the interfaces keeps them one with the answer.

type Disclosure = NonNullable<CaseReferral['disclosure']>;

class CaseReferralDisclosureDto implements Disclosure {
  @ApiProperty({ format: 'uuid' })
  readonly consentId!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly purpose!: string | null;

  @ApiProperty({ type: [String] })
  readonly fields!: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    nullable: true,
    description: 'What was disclosed, field by field; null once the client’s data was erased',
  })
  readonly values!: Record<string, string> | null;
}

export class CaseReferralDto implements CaseReferral {
  @ApiProperty({ format: 'uuid' })
  readonly referralId!: string;

  @ApiProperty()
  readonly status!: string;

  @ApiProperty()
  readonly need!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  readonly goalId!: string | null;

  @ApiProperty({ type: ReferralTargetDto })
  readonly target!: ReferralTargetDto;

  @ApiProperty({ type: [String], description: 'What the worker was warned of when choosing the target' })
  readonly warnings!: string[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly requestedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readonly answerDueAt!: string | null;

  @ApiProperty({ type: CaseReferralDisclosureDto, nullable: true, description: 'Null until it is sent' })
  readonly disclosure!: CaseReferralDisclosureDto | null;

  @ApiProperty({ type: String, nullable: true })
  readonly reason!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  readonly deliveredOn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What the receiving organisation recorded as delivered; null until completed, or once erased',
  })
  readonly outcome!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  readonly followUpDueOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  readonly followUpResult!: string | null;

  @ApiProperty({ format: 'date-time' })
  readonly updatedAt!: string;

  @ApiProperty({
    type: [PartnerHistoryEntryDto],
    description: 'Each status the referral reached, oldest first, with when it happened and when it was recorded',
  })
  readonly history!: PartnerHistoryEntryDto[];
}
