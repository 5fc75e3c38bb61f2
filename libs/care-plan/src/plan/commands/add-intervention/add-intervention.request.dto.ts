import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateNested, IsObject } from 'class-validator';
import { RESPONSIBLE_KINDS, type ResponsibleKind } from '../../plan.events';
import { OptionalExpectedVersion, RequiredText } from '../../../shared/care-plan-http.dto';

export class ResponsibleDto {
  @ApiProperty({ enum: RESPONSIBLE_KINDS })
  @IsIn(RESPONSIBLE_KINDS)
  readonly kind!: ResponsibleKind;

  @ApiPropertyOptional({ description: 'The provider organisation’s directory id (for provider_organization)' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  readonly organizationId?: string;
}

export class AddInterventionRequestDto {
  @RequiredText('What is to be done (sealed with the client’s key)')
  readonly description!: string;

  @ApiProperty({ type: ResponsibleDto })
  // ValidateNested alone lets a missing object or an array through.
  @IsObject()
  @ValidateNested()
  @Type(() => ResponsibleDto)
  readonly responsible!: ResponsibleDto;

  @ApiProperty({ format: 'date', example: '2026-03-20' })
  @IsISO8601({ strict: true })
  readonly dueDate!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The referral carrying it out, once referrals exist' })
  @IsOptional()
  @IsUUID()
  readonly referralId?: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
