import { ExpectedVersion } from '../../../shared/dto-decorators';

export class ReinstateServiceRequestDto {
  @ExpectedVersion()
  readonly expectedVersion!: number;
}
