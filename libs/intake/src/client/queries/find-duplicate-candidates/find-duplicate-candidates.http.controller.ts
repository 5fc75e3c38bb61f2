import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CLIENT_WRITERS } from '../../client.roles';
import { identifiersOf } from '../../commands/register-client/register-client.request.dto';
import type { DuplicateCandidate } from '../../duplicates/client-matching';
import { DuplicateCandidatesDto } from './duplicate-candidates.dto';
import { FindDuplicateCandidatesQuery } from './find-duplicate-candidates.query';
import { FindDuplicateCandidatesRequestDto } from './find-duplicate-candidates.request.dto';

@ApiTags('intake: clients')
@Controller('intake/clients')
export class FindDuplicateCandidatesHttpController {
  constructor(private readonly query: FindDuplicateCandidatesQuery) {}

  @Roles(...CLIENT_WRITERS)
  @Post('duplicate-check')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registered clients that may be this person, best first, without registering anyone' })
  @ApiOkResponse({ type: DuplicateCandidatesDto, description: 'Possible duplicates, best first' })
  async check(
    @Body() body: FindDuplicateCandidatesRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<{ candidates: DuplicateCandidate[] }> {
    const candidates = await this.query.execute(
      context.tenantId,
      {
        givenName: body.givenName,
        familyName: body.familyName,
        dateOfBirth: body.dateOfBirth ?? null,
        identifiers: identifiersOf(body.identifiers ?? []),
      },
      body.clientId,
    );
    await this.query.recordShown(context, candidates, 'POST /intake/clients/duplicate-check');
    return { candidates };
  }
}
