import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class MergeClientsRequestDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The duplicate record; it is kept and refers to the survivor from now on',
  })
  @IsUUID()
  readonly mergedClientId!: string;

  @ApiProperty({ description: 'Why the two records are the same person; recorded with both events', maxLength: 2_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2_000)
  readonly reason!: string;
}

export class MergeClientsResponseDto {
  @ApiProperty({ description: 'The survivor' })
  readonly id!: string;

  @ApiProperty({ description: 'Version of the survivor now' })
  readonly version!: number;

  @ApiProperty()
  readonly mergedClientId!: string;

  @ApiProperty({ description: 'Version of the merged client now' })
  readonly mergedVersion!: number;
}
