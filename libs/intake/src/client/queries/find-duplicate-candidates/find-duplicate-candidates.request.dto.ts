import { IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { RegisterClientRequestDto } from '../../commands/register-client/register-client.request.dto';

/** The person to look for: names are required; a registration form may send all its other fields too. */
export class FindDuplicateCandidatesRequestDto extends IntersectionType(
  PickType(RegisterClientRequestDto, ['givenName', 'familyName'] as const),
  PartialType(
    PickType(RegisterClientRequestDto, [
      'clientId',
      'middleName',
      'dateOfBirth',
      'identifiers',
      'contact',
      'preferredLanguage',
      'demographics',
    ] as const),
  ),
) {}
