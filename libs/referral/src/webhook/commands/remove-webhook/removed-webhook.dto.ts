import { ApiProperty } from '@nestjs/swagger';

/** `DELETE /referral/partner/webhook`. */
export class RemovedWebhookDto {
  @ApiProperty({ description: 'Whether the organisation had a webhook to remove' })
  readonly removed!: boolean;
}
