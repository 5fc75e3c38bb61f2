import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OptionalExpectedVersion, OptionalText, RequiredText } from '../../../shared/care-plan-http.dto';
import { CONTACT_KINDS, MAX_CONTACT_MINUTES, type ContactKind } from '../../casework.events';

export class RecordContactRequestDto {
  @ApiProperty({ enum: CONTACT_KINDS })
  @IsIn(CONTACT_KINDS)
  readonly kind!: ContactKind;

  @ApiProperty({ format: 'date-time', description: 'When it happened, with its offset; may be back-dated' })
  @IsISO8601({ strict: true })
  readonly occurredAt!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CONTACT_MINUTES, description: 'Required but for an attempt' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CONTACT_MINUTES)
  readonly durationMinutes?: number;

  @OptionalText('Where (sealed with the client’s key)', 500)
  readonly location?: string;

  @ApiPropertyOptional({ type: [String], description: 'Who took part, e.g. client, mother (sealed)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  readonly participants?: string[];

  @RequiredText('What happened (sealed with the client’s key)')
  readonly notes!: string;

  @OptionalText('Why it is recorded more than a day after it happened (sealed)', 1_000)
  readonly lateEntryReason?: string;

  @ApiPropertyOptional({ type: [String], description: 'Goals of the case’s plans the contact addressed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  readonly goalsAddressed?: string[];

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
