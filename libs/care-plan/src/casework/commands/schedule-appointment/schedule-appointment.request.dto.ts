import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength, ValidateNested, IsObject } from 'class-validator';
import { OptionalExpectedVersion, RequiredText } from '../../../shared/care-plan-http.dto';
import { TRANSPORT_STATUSES, type TransportStatus } from '../../casework.events';

export class AppointmentProviderDto {
  @ApiPropertyOptional({ description: 'The provider’s directory organisation id, when it is one' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  readonly organizationId?: string;

  @RequiredText('The provider’s name (sealed with the client’s key)', 300)
  readonly name!: string;
}

export class ScheduleAppointmentRequestDto {
  @ApiProperty({ type: AppointmentProviderDto })
  // ValidateNested alone lets a missing object or an array through.
  @IsObject()
  @ValidateNested()
  @Type(() => AppointmentProviderDto)
  readonly provider!: AppointmentProviderDto;

  @ApiProperty({ format: 'date-time', description: 'When it starts, with its offset; in the future' })
  @IsISO8601({ strict: true })
  readonly startsAt!: string;

  @ApiProperty({ enum: TRANSPORT_STATUSES })
  @IsIn(TRANSPORT_STATUSES)
  readonly transport!: TransportStatus;

  @RequiredText('What it is for (sealed with the client’s key)', 1_000)
  readonly purpose!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
