import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { CaseIdParamDto, ScreeningWriteResponseDto } from '../../case-http.dto';
import { CASE_SCREENERS } from '../../case.roles';
import { RecordScreeningHandler } from './record-screening.handler';
import { RecordScreeningRequestDto } from './record-screening.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class RecordScreeningHttpController {
  constructor(private readonly handler: RecordScreeningHandler) {}

  @Roles(...CASE_SCREENERS)
  @Post(':id/screenings')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Score a completed screening (PHQ-9, GAD-7, AUDIT-C, AHC-HRSN) and store it with its answers',
    description:
      'A positive screen identifies its needs; a safety finding (PHQ-9 item 9) raises a flag due for follow-up the same day.',
  })
  @ApiCreatedResponse({ type: ScreeningWriteResponseDto })
  @ApiBadRequestResponse({ description: 'INTAKE.SCREENING_ANSWERS_INVALID: details name the item and the reason' })
  async record(
    @Param() { id: caseId }: CaseIdParamDto,
    @Body() body: RecordScreeningRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<ScreeningWriteResponseDto> {
    const screeningId = body.screeningId ?? uuidv7();
    const result = await this.handler.execute(
      {
        type: 'RecordScreening',
        data: {
          caseId,
          screeningId,
          instrument: body.instrument,
          answers: body.answers,
          subject: body.subject?.sex ? { sex: body.subject.sex } : {},
        },
        metadata: commandMetadataFrom(context, CASE_SCREENERS),
      },
      body.expectedVersion,
    );
    return { id: caseId, screeningId, version: result.version, changed: result.events.length > 0 };
  }
}
