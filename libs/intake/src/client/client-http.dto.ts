import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The `{id}` of a client route. */
export class ClientIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly id!: string;
}

/** What a write to a client answers. */
export class ClientWriteResponseDto {
  @ApiProperty({ description: 'Id of the client written' })
  readonly id!: string;

  @ApiProperty({ description: 'Version of its stream now: send it as expectedVersion with the next correction' })
  readonly version!: number;

  @ApiProperty({ description: 'False when the request changed nothing, so no event was recorded' })
  readonly changed!: boolean;
}
