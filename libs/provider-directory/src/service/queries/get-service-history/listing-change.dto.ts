import { ApiProperty } from '@nestjs/swagger';
import type { ListingChange } from './get-service-history.query';

// `GET /directory/services/{id}/history` as the OpenAPI document describes it, so clients get generated types;
// implementing the interface keeps them one with the answer.

type Actor = ListingChange['actor'];

export class ListingChangeActorDto implements Actor {
  @ApiProperty()
  readonly id!: string;

  @ApiProperty({ description: 'The role they acted in' })
  readonly role!: string;
}

export class ListingChangeDto implements ListingChange {
  @ApiProperty({ description: 'The service stream’s version after this change' })
  readonly version!: number;

  @ApiProperty({ description: 'The event’s type' })
  readonly type!: string;

  @ApiProperty({ format: 'date-time' })
  readonly occurredAt!: string;

  @ApiProperty({ format: 'date-time' })
  readonly recordedAt!: string;

  @ApiProperty({ type: ListingChangeActorDto })
  readonly actor!: ListingChangeActorDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The event’s data: the changed fields, as each event type records them',
  })
  readonly data!: object;
}
