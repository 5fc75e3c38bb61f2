import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNumber, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { MAX_PAGE } from '../../../hsds/hsds-page.request.dto';

export const DEFAULT_RADIUS_KM = 25;

// In a JSON body a criterion may be left out, but not sent as null: @IsOptional would let null through unchecked.
const Optional = (): PropertyDecorator => ValidateIf((_body: object, value: unknown) => value !== undefined);

/**
 * Case-manager search, sent as a JSON body: a client's place, age and language describe the client, and nothing
 * personal goes into a URL (DESIGN §8). Every criterion optional, all of them combined.
 */
export class SearchServicesRequestDto {
  @ApiPropertyOptional({
    description: 'Need: a taxonomy term id, code or name; terms below it in the hierarchy match too',
    example: 'housing',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  readonly need?: string;

  @ApiPropertyOptional({ description: 'Free text (web-search syntax: quotes, or, -not)', example: 'shelter' })
  @Optional()
  @IsString()
  @MaxLength(500)
  readonly q?: string;

  @ApiPropertyOptional({ description: 'Latitude of the client, WGS84; with lng', minimum: -90, maximum: 90 })
  @ValidateIf((body: SearchServicesRequestDto) => body.lat !== undefined || body.lng !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  readonly lat?: number;

  @ApiPropertyOptional({ description: 'Longitude of the client, WGS84; with lat', minimum: -180, maximum: 180 })
  @ValidateIf((body: SearchServicesRequestDto) => body.lat !== undefined || body.lng !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  readonly lng?: number;

  @ApiPropertyOptional({
    description: 'Radius around lat/lng, km',
    minimum: 0.1,
    maximum: 500,
    default: DEFAULT_RADIUS_KM,
  })
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(500)
  readonly radiusKm?: number;

  @ApiPropertyOptional({ description: 'Language code (es) or name (Spanish) the service is offered in' })
  @Optional()
  @IsString()
  @MaxLength(50)
  readonly language?: string;

  @ApiPropertyOptional({
    description: "Client's age: only services whose age range admits it",
    minimum: 0,
    maximum: 150,
  })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(150)
  readonly age?: number;

  @ApiPropertyOptional({ description: 'Only services that report open capacity' })
  @Optional()
  @IsBoolean()
  readonly openCapacity?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  readonly page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(100)
  readonly perPage?: number;
}
