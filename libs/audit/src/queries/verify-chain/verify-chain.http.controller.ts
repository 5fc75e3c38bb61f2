import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import type { ChainVerification } from '../../chain/verify-chain';
import { ChainVerificationDto } from './chain-verification.dto';
import { VerifyChainQuery } from './verify-chain.query';

@ApiTags('audit')
@Controller('audit/verify')
export class VerifyChainHttpController {
  constructor(private readonly query: VerifyChainQuery) {}

  @Roles('auditor')
  @Get()
  @ApiOperation({
    summary: "Walk the tenant's hash chain and name the first altered, missing or reordered entry",
    description:
      'Recomputes every entry’s hash from its stored event and the previous entry’s hash. A valid answer gives the ' +
      'head (last sequence and hash); entries removed from the end are only provable against a head kept elsewhere.',
  })
  @ApiOkResponse({ type: ChainVerificationDto })
  verify(@Ctx() context: RequestContext): Promise<ChainVerification> {
    return this.query.execute(context.tenantId);
  }
}
