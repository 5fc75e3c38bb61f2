import { OptionalExpectedVersion, RequiredText } from '../../case-http.dto';

export class ReopenCaseRequestDto {
  @RequiredText('Why the case is reopened (sealed with the client’s key)')
  readonly reason!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
