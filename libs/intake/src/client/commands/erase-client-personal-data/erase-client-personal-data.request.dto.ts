import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class EraseClientPersonalDataRequestDto {
  @ApiProperty({ description: 'Why the personal data is erased (request, court order ...)', maxLength: 2_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2_000)
  readonly reason!: string;
}
