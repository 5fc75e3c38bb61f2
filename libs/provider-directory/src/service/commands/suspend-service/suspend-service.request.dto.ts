import { RequiredText, ExpectedVersion } from '../../../shared/dto-decorators';

export class SuspendServiceRequestDto {
  @RequiredText('Why the service is taken out of search (kept in its history)', 1_000)
  readonly reason!: string;

  @ExpectedVersion()
  readonly expectedVersion!: number;
}
