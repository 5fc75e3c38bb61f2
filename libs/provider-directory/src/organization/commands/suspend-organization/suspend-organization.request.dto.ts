import { ExpectedVersion, RequiredText } from '../../../shared/dto-decorators';

export class SuspendOrganizationRequestDto {
  @RequiredText('Why the organisation is suspended (kept in its history)', 1_000)
  readonly reason!: string;

  @ExpectedVersion()
  readonly expectedVersion!: number;
}
