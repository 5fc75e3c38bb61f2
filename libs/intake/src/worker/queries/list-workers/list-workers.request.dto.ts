import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { WORKER_ID_PATTERN } from '../../worker-http.dto';
import { WORKER_ROLES, type WorkerRole } from '../../worker.decider';

export const MAX_WORKERS_PAGE = 500;

export class ListWorkersRequestDto {
  @ApiPropertyOptional({ description: 'The team; your own team when left out (admins may name any)', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly teamId?: string;

  @ApiPropertyOptional({ description: 'Only workers holding this role', enum: WORKER_ROLES })
  @IsOptional()
  @IsIn(WORKER_ROLES)
  readonly role?: WorkerRole;

  @ApiPropertyOptional({ description: 'Include deactivated workers (default: active ones only)', type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  readonly includeDeactivated?: boolean;

  @ApiPropertyOptional({ description: 'Workers after this id (the last id of the previous page)' })
  @IsOptional()
  @Matches(WORKER_ID_PATTERN)
  readonly after?: string;

  @ApiPropertyOptional({ description: 'Page size', minimum: 1, maximum: MAX_WORKERS_PAGE, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKERS_PAGE)
  readonly limit?: number;
}
