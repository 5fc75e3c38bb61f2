import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class GetTeamCaseloadsRequestDto {
  @ApiPropertyOptional({ description: 'The team; a supervisor’s own team when left out', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly teamId?: string;
}
