import { ApiProperty } from '@nestjs/swagger';
import type { HsdsDocument } from '../../../hsds/hsds-documents';
import type { ServiceSearchHit, ServiceSearchResult } from './search-services.query';

// `POST /directory/search` as the OpenAPI document describes it, so clients (the console) get generated types;
// implementing the interfaces keeps them one with the answer. The service itself is HSDS's, validated against
// HSDS's own schema, so it stays an open object here.

type NearestLocation = NonNullable<ServiceSearchHit['nearestLocation']>;

export class NearestLocationDto implements NearestLocation {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ type: String, nullable: true })
  readonly name!: string | null;

  @ApiProperty()
  readonly latitude!: number;

  @ApiProperty()
  readonly longitude!: number;
}

export class ServiceSearchHitDto implements ServiceSearchHit {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The service as `GET /services` lists it: an HSDS 3.0 `compiled/service_list.json` item',
  })
  readonly service!: HsdsDocument;

  @ApiProperty({ type: String, nullable: true })
  readonly organizationName!: string | null;

  @ApiProperty({
    enum: [0, 1, 2, 3],
    description: 'The ranking tier of the text match: 3 name, 2 taxonomy terms, 1 other text, 0 no text query',
  })
  readonly relevance!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Kilometres to the nearest location, to the metre; null when no place was given or none is known',
  })
  readonly distanceKm!: number | null;

  @ApiProperty({ type: NearestLocationDto, nullable: true })
  readonly nearestLocation!: NearestLocationDto | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Open places over every reported unit; null when the provider reports no capacity',
  })
  readonly openCapacity!: number | null;
}

export class ServiceSearchResultDto implements ServiceSearchResult {
  @ApiProperty({ description: 'Services that match, over every page' })
  readonly totalItems!: number;

  @ApiProperty({ minimum: 1 })
  readonly page!: number;

  @ApiProperty({ minimum: 1 })
  readonly perPage!: number;

  @ApiProperty({ type: [ServiceSearchHitDto], description: 'By relevance, then distance, then open capacity' })
  readonly results!: ServiceSearchHitDto[];
}
