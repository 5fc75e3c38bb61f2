import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, Ctx, RequestContextDto, type RequestContext } from '@casemgmt/auth';

/** Who the bearer token says the caller is: lets an agency check its identity provider's tokens end to end. */
@ApiTags('session')
@Controller('session')
export class SessionHttpController {
  @AnyRole()
  @Get()
  @ApiOkResponse({
    type: RequestContextDto,
    description: 'The caller as the platform sees them: tenant, subject, roles',
  })
  get(@Ctx() context: RequestContext): RequestContext {
    return context;
  }
}
