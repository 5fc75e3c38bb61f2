import { ApiProperty } from '@nestjs/swagger';
import { IsWebhookUrl } from '../../webhook-url.validator';

export class RegisterWebhookRequestDto {
  @ApiProperty({ description: 'Where notifications are posted: https (http only to a loopback host)', maxLength: 2000 })
  @IsWebhookUrl()
  readonly url!: string;
}
