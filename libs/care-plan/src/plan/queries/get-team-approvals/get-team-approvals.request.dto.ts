import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class GetTeamApprovalsRequestDto {
  // As intake takes a team's id.
  @ApiProperty({ description: 'The team', minLength: 1, maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly teamId!: string;
}
