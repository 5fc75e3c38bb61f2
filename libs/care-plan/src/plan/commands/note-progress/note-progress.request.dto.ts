import { OptionalExpectedVersion, RequiredText } from '../../../shared/care-plan-http.dto';

export class NoteProgressRequestDto {
  @RequiredText('The note (sealed with the client’s key)')
  readonly text!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
