import { ExpectedVersion } from '../../../shared/dto-decorators';

export class ReinstateOrganizationRequestDto {
  @ExpectedVersion()
  readonly expectedVersion!: number;
}
