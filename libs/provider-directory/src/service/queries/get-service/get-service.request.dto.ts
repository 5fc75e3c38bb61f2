import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class GetServiceRequestDto {
  @ApiPropertyOptional({
    description: 'Read the listing as it stood at this instant (every change is an event); default now',
    format: 'date-time',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly asOf?: string;
}
