import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalExpectedVersion, RequiredText } from '../../case-http.dto';

export class TransferCaseRequestDto {
  @ApiProperty({ description: 'The team that takes the case over', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly toTeamId!: string;

  @RequiredText('Why the case moves (sealed with the client’s key)')
  readonly reason!: string;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
