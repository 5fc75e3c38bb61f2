import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;
/** Deepest page a list serves: an offset beyond the last row is refused rather than handed to PostgreSQL (ADR 0015). */
export const MAX_PAGE = 10_000;

/** `true`/`false` in a query string as a boolean; anything else is left for @IsBoolean to refuse. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

/** The query parameters every HSDS list endpoint takes (HSDS OpenAPI `components.parameters`). */
export class HsdsPageRequestDto {
  @ApiPropertyOptional({ description: 'Full-text search' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  readonly search?: string;

  @ApiPropertyOptional({ description: 'Page number, from 1', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  readonly page?: number;

  @ApiPropertyOptional({ description: 'Items per page', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  readonly per_page?: number;

  @ApiPropertyOptional({ description: 'Only `json`; HSDS `ndjson` streaming is not offered', enum: ['json'] })
  @IsOptional()
  @IsIn(['json'])
  readonly format?: string;
}

/** Filters of `GET /services` and `GET /service_at_locations`. */
export class HsdsServiceFilterRequestDto extends HsdsPageRequestDto {
  @ApiPropertyOptional({ description: 'Services tagged with this taxonomy term', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  readonly taxonomy_term_id?: string;

  @ApiPropertyOptional({ description: 'Services tagged with any term of this taxonomy', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  readonly taxonomy_id?: string;

  @ApiPropertyOptional({ description: 'Services of this organisation', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  readonly organization_id?: string;

  @ApiPropertyOptional({ description: 'Services changed on or after this date-time', format: 'date-time' })
  @IsOptional()
  @IsISO8601()
  readonly modified_after?: string;

  @ApiPropertyOptional({ description: 'Fully nested items, as the single-record endpoint returns them' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  readonly full?: boolean;
}

export function pageOf(query: HsdsPageRequestDto): { page: number; perPage: number } {
  return { page: query.page ?? 1, perPage: query.per_page ?? DEFAULT_PER_PAGE };
}
