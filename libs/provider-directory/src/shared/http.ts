import { ApiProperty } from '@nestjs/swagger';

/** What every write route answers. */
export class WriteResponseDto {
  @ApiProperty({ description: 'Id of the record written' })
  readonly id!: string;

  @ApiProperty({ description: 'Version of its stream now: send it as expectedVersion with the next change' })
  readonly version!: number;

  @ApiProperty({ description: 'False when the request changed nothing, so no event was recorded' })
  readonly changed!: boolean;
}

/** The fields a request gave: a request DTO's absent properties are `undefined`, a `null` clears a field. */
export function givenFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<T>;
}
