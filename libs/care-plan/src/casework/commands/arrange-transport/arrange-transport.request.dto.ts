import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalExpectedVersion } from '../../../shared/care-plan-http.dto';
import { TRANSPORT_STATUSES, type TransportStatus } from '../../casework.events';

export class ArrangeTransportRequestDto {
  @ApiProperty({ enum: TRANSPORT_STATUSES })
  @IsIn(TRANSPORT_STATUSES)
  readonly transport!: TransportStatus;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
