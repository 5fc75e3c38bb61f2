import { OmitType, PartialType } from '@nestjs/swagger';
import { ExpectedVersion } from '../../../shared/dto-decorators';
import { RegisterOrganizationRequestDto } from '../register-organization/register-organization.request.dto';

/** The HSDS fields to change (a null clears one) and the version they were read at. */
export class UpdateOrganizationRequestDto extends PartialType(
  OmitType(RegisterOrganizationRequestDto, ['id'] as const),
) {
  @ExpectedVersion()
  readonly expectedVersion!: number;
}
