import { ApiProperty } from '@nestjs/swagger';
import type { Durations, FunnelRow, ReferralMetrics } from './get-referral-metrics.query';

// `GET /referral/metrics` as the OpenAPI document describes it, so clients (the console) get generated types;
// implementing the interfaces keeps them one with the answer.

type Lost = FunnelRow['lost'];
type TimeTo = FunnelRow['timeTo'];

export class FunnelDurationsDto implements Durations {
  @ApiProperty({ description: 'Referrals that took the step' })
  readonly count!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Median hours, to two decimals; null when none took it' })
  readonly medianHours!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '90th-percentile hours, to two decimals; null when none took it',
  })
  readonly p90Hours!: number | null;
}

export class FunnelLostDto implements Lost {
  @ApiProperty()
  readonly rejected!: number;

  @ApiProperty()
  readonly failed!: number;

  @ApiProperty()
  readonly cancelled!: number;

  @ApiProperty({ description: 'Still awaiting an answer past its due time' })
  readonly unanswered!: number;

  @ApiProperty()
  readonly enteredInError!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Rejections and failures by reason code',
  })
  readonly reasons!: Record<string, number>;
}

export class FunnelTimeToDto implements TimeTo {
  @ApiProperty({ type: FunnelDurationsDto, description: 'From the send to acceptance' })
  readonly acceptance!: FunnelDurationsDto;

  @ApiProperty({ type: FunnelDurationsDto, description: 'From the send to the start of service' })
  readonly firstService!: FunnelDurationsDto;

  @ApiProperty({ type: FunnelDurationsDto, description: 'From the send to completion' })
  readonly completion!: FunnelDurationsDto;
}

export class FunnelRowDto implements FunnelRow {
  @ApiProperty({ format: 'uuid', description: 'The receiving organisation' })
  readonly organizationId!: string;

  @ApiProperty()
  readonly program!: string;

  @ApiProperty({ description: 'Referrals sent in the range' })
  readonly sent!: number;

  @ApiProperty()
  readonly accepted!: number;

  @ApiProperty({ description: 'Those whose service started' })
  readonly inService!: number;

  @ApiProperty()
  readonly completed!: number;

  @ApiProperty({ description: 'Open and not past an answer’s due time' })
  readonly stillOpen!: number;

  @ApiProperty({ type: FunnelLostDto })
  readonly lost!: FunnelLostDto;

  @ApiProperty({ type: FunnelTimeToDto })
  readonly timeTo!: FunnelTimeToDto;
}

export class ReferralMetricsDto implements ReferralMetrics {
  @ApiProperty({ format: 'date', description: 'First day of the range, in the agency’s calendar' })
  readonly from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the range, in the agency’s calendar' })
  readonly to!: string;

  @ApiProperty({ description: 'The agency’s time zone (IANA)' })
  readonly timeZone!: string;

  @ApiProperty({ format: 'date-time', description: 'The instant the funnel was read at' })
  readonly asOf!: string;

  @ApiProperty({ type: [FunnelRowDto], description: 'By organisation, then program' })
  readonly funnel!: FunnelRowDto[];
}
