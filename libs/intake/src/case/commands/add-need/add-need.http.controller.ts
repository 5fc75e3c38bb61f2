import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CaseIdParamDto, CaseWriteResponseDto } from '../../case-http.dto';
import { CASE_WORKERS } from '../../case.roles';
import { AddNeedHandler } from './add-need.handler';
import { AddNeedRequestDto } from './add-need.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class AddNeedHttpController {
  constructor(private readonly handler: AddNeedHandler) {}

  @Roles(...CASE_WORKERS)
  @Post(':id/needs')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Identify a need by hand',
    description: 'A need already open on the case is not identified twice (changed: false).',
  })
  @ApiCreatedResponse({ type: CaseWriteResponseDto })
  async add(
    @Param() { id: caseId }: CaseIdParamDto,
    @Body() body: AddNeedRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseWriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'AddNeed',
        data: { caseId, need: body.need, ...(body.note !== undefined ? { note: body.note } : {}) },
        metadata: commandMetadataFrom(context, CASE_WORKERS),
      },
      body.expectedVersion,
    );
    return { id: caseId, version: result.version, changed: result.events.length > 0 };
  }
}
