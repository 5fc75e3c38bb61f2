import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CaseIdParamDto } from '../../case-http.dto';
import { CASE_READERS } from '../../case.roles';
import { CaseDetailsDto } from './case-details.dto';
import { GetCaseQuery, type CaseDetails } from './get-case.query';
import { GetCaseRequestDto } from './get-case.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class GetCaseHttpController {
  constructor(private readonly query: GetCaseQuery) {}

  @Roles(...CASE_READERS)
  @Get(':id')
  @ApiOperation({
    summary: 'A case with its screenings, needs, safety flags and eligibility, now or as it stood at `asOf`',
    description:
      'Every read is recorded (RecordAccessed). The ETag header holds the version to send as expectedVersion.',
  })
  @ApiOkResponse({ type: CaseDetailsDto, description: 'The case' })
  @ApiNotFoundResponse({ description: 'INTAKE.CASE_NOT_FOUND, also for a case outside the caller’s scope' })
  async get(
    @Param() { id: caseId }: CaseIdParamDto,
    @Query() query: GetCaseRequestDto,
    @Ctx() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseDetails> {
    const details = await this.query.execute(context, caseId, query.asOf ? new Date(query.asOf) : undefined);
    void reply.header('ETag', `"${details.version}"`);
    return details;
  }
}
