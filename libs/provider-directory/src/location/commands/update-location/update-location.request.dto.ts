import { OmitType, PartialType } from '@nestjs/swagger';
import { ExpectedVersion } from '../../../shared/dto-decorators';
import { RegisterLocationRequestDto } from '../register-location/register-location.request.dto';

/** The HSDS fields to change (a null clears one) and the version they were read at. */
export class UpdateLocationRequestDto extends PartialType(OmitType(RegisterLocationRequestDto, ['id'] as const)) {
  @ExpectedVersion()
  readonly expectedVersion!: number;
}
