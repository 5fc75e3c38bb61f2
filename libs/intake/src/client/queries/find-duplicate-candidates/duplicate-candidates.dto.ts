import { ApiProperty } from '@nestjs/swagger';
import type { DuplicateCandidate } from '../../duplicates/client-matching';

// `POST /intake/clients/duplicate-check` as the OpenAPI document describes it, so clients (the console) get generated
// types. A candidate shows only initials and a birth year: enough to compare, not a second copy of the record.

export class DuplicateCandidateDto implements DuplicateCandidate {
  @ApiProperty({ format: 'uuid' })
  readonly clientId!: string;

  @ApiProperty({ description: 'How alike, 0 to 1' })
  readonly score!: number;

  @ApiProperty({
    type: [String],
    description: 'The fields that match: givenName, familyName, swappedNames, dateOfBirth, identifier:<system>',
  })
  readonly matchedOn!: DuplicateCandidate['matchedOn'][number][];

  @ApiProperty({ description: 'The first letter of each name, e.g. M. L. G.' })
  readonly initials!: string;

  @ApiProperty({ type: Number, nullable: true })
  readonly birthYear!: number | null;
}

export class DuplicateCandidatesDto {
  @ApiProperty({ type: [DuplicateCandidateDto], description: 'Best first' })
  readonly candidates!: DuplicateCandidateDto[];
}
