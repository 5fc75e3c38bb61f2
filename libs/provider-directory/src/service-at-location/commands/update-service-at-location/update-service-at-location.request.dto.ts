import { OmitType, PartialType } from '@nestjs/swagger';
import { ExpectedVersion } from '../../../shared/dto-decorators';
import { RegisterServiceAtLocationRequestDto } from '../register-service-at-location/register-service-at-location.request.dto';

/** The HSDS fields to change (a null clears one) and the version they were read at. */
export class UpdateServiceAtLocationRequestDto extends PartialType(
  OmitType(RegisterServiceAtLocationRequestDto, ['id'] as const),
) {
  @ExpectedVersion()
  readonly expectedVersion!: number;
}
