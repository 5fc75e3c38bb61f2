import { ApiProperty } from '@nestjs/swagger';

/** The organisation's webhook, never its secret. */
export class WebhookDto {
  @ApiProperty({ description: 'Where notifications are posted' })
  readonly url!: string;

  @ApiProperty({ format: 'date-time' })
  readonly registeredAt!: string;
}

/** `GET /referral/partner/webhook`: the webhook and how its notifications fare. */
export class WebhookStatusDto {
  @ApiProperty({ type: WebhookDto, nullable: true, description: 'Null when the organisation has none' })
  readonly webhook!: WebhookDto | null;

  @ApiProperty({ description: 'Notifications not yet delivered, being retried' })
  readonly pending!: number;

  @ApiProperty({ description: 'Notifications given up on, or dropped when a webhook was removed' })
  readonly failed!: number;
}
