import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AnyRole } from '@casemgmt/auth';

/** What `GET /` of an HSDS API answers. */
export interface HsdsApiMeta {
  readonly version: string;
  readonly profile: string;
  readonly openapi_url: string;
}

/** The HSDS specification this API follows: base HSDS 3.0, no profile of its own. */
export const HSDS_PROFILE = 'https://docs.openreferral.org/en/3.0/';

@ApiTags('HSDS 3.0')
@Controller()
export class GetApiMetaHttpController {
  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'HSDS API meta information (HSDS getAPIMetaInformation)' })
  @ApiOkResponse({ description: 'HSDS version, profile, and where this OpenAPI description is' })
  meta(@Req() request: FastifyRequest): HsdsApiMeta {
    return {
      version: '3.0',
      profile: HSDS_PROFILE,
      openapi_url: `${request.protocol}://${request.host}/docs/openapi.json`,
    };
  }
}
