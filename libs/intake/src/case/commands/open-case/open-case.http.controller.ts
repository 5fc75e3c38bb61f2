import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { DEFAULT_PROGRAMS } from '../../../eligibility/programs';
import { CaseWriteResponseDto } from '../../case-http.dto';
import { CaseErrors } from '../../case.errors';
import { CASE_OPENERS } from '../../case.roles';
import { OpenCaseHandler } from './open-case.handler';
import { OpenCaseRequestDto } from './open-case.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class OpenCaseHttpController {
  constructor(private readonly handler: OpenCaseHandler) {}

  @Roles(...CASE_OPENERS)
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Open a case for a registered client in a program',
    description:
      'The case starts unassigned in its team’s queue, in status opened. A case manager sees it once it is assigned to them.',
  })
  @ApiCreatedResponse({ type: CaseWriteResponseDto })
  @ApiNotFoundResponse({ description: 'INTAKE.CLIENT_NOT_FOUND: no such client in this agency' })
  @ApiConflictResponse({ description: 'INTAKE.CLIENT_MERGED: details.survivorId is the record to open the case for' })
  async open(@Body() body: OpenCaseRequestDto, @Ctx() context: RequestContext): Promise<CaseWriteResponseDto> {
    const caseId = body.caseId ?? uuidv7();
    const teamId = body.teamId ?? context.actor.teamId;
    if (!teamId) throw CaseErrors.invalid('teamId', 'is required when the token carries no team');
    const result = await this.handler.execute({
      type: 'OpenCase',
      data: {
        caseId,
        clientId: body.clientId,
        programId: body.programId,
        priority: body.priority,
        referralSource: {
          kind: body.referralSource.kind,
          ...(body.referralSource.name !== undefined ? { name: body.referralSource.name } : {}),
        },
        teamId,
        programs: DEFAULT_PROGRAMS,
      },
      metadata: commandMetadataFrom(context, CASE_OPENERS),
    });
    return { id: caseId, version: result.version, changed: result.events.length > 0 };
  }
}
