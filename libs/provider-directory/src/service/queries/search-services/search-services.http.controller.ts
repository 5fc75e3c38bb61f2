import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, Ctx, type RequestContext } from '@casemgmt/auth';
import { DEFAULT_RADIUS_KM, SearchServicesRequestDto } from './search-services.request.dto';
import { SearchServicesQuery, type ServiceSearchResult } from './search-services.query';
import { ServiceSearchResultDto } from './service-search-result.dto';

@ApiTags('directory search')
@Controller('directory/search')
export class SearchServicesHttpController {
  constructor(private readonly query: SearchServicesQuery) {}

  @AnyRole()
  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Find active services for a client: need, free text, distance, language, age, open capacity',
    description:
      'Ranked by text relevance tier (name, taxonomy terms, other text), then distance to the nearest location, then open capacity (ADR 0007). A POST with a JSON body: the criteria describe a client, and nothing personal goes into a URL.',
  })
  @ApiOkResponse({ type: ServiceSearchResultDto, description: 'A page of ranked services' })
  search(@Body() query: SearchServicesRequestDto, @Ctx() context: RequestContext): Promise<ServiceSearchResult> {
    return this.query.execute({
      tenantId: context.tenantId,
      ...(query.need !== undefined ? { need: query.need } : {}),
      ...(query.q !== undefined ? { text: query.q } : {}),
      ...(query.lat !== undefined && query.lng !== undefined
        ? { near: { latitude: query.lat, longitude: query.lng, radiusKm: query.radiusKm ?? DEFAULT_RADIUS_KM } }
        : {}),
      ...(query.language !== undefined ? { language: query.language } : {}),
      ...(query.age !== undefined ? { age: query.age } : {}),
      ...(query.openCapacity !== undefined ? { openCapacity: query.openCapacity } : {}),
      page: query.page ?? 1,
      perPage: query.perPage ?? 20,
    });
  }
}
