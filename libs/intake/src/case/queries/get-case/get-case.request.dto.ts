import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class GetCaseRequestDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'The case as it stood at this instant (events recorded up to then); now when left out',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly asOf?: string;
}
