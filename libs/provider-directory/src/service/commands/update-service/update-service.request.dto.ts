import { OmitType, PartialType } from '@nestjs/swagger';
import { ExpectedVersion } from '../../../shared/dto-decorators';
import { RegisterServiceRequestDto } from '../register-service/register-service.request.dto';

/** The HSDS fields to change (a null clears one) and the version they were read at. */
export class UpdateServiceRequestDto extends PartialType(OmitType(RegisterServiceRequestDto, ['id'] as const)) {
  @ExpectedVersion()
  readonly expectedVersion!: number;
}
