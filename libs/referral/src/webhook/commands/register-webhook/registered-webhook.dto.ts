import { ApiProperty } from '@nestjs/swagger';

/** `PUT /referral/partner/webhook`: the webhook as registered, with its secret, shown only here. */
export class RegisteredWebhookDto {
  @ApiProperty({ description: 'Where notifications are posted' })
  readonly url!: string;

  @ApiProperty({
    description: 'The key of the HMAC-SHA-256 signature of every notification (base64url); shown only in this answer',
  })
  readonly secret!: string;

  @ApiProperty({ format: 'date-time' })
  readonly registeredAt!: string;
}
