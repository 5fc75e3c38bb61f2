import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { CaseParamDto } from '../../../shared/care-plan-http.dto';
import { optionalOf } from '../../../shared/optional-of';
import { CaseworkCommandHandler } from '../../casework-command.handler';
import { CaseworkWriteResponseDto } from '../../casework-http.dto';
import { RecordContactRequestDto } from './record-contact.request.dto';

@ApiTags('care plan: casework')
@Controller('care-plan/cases/:caseId')
export class RecordContactHttpController {
  constructor(private readonly handler: CaseworkCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post('contacts')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a contact with the client, or about them',
    description:
      'Home or office visit, phone, video, collateral (someone else about the client) or an attempt. It may be back-dated: more than a day late, it needs a late-entry reason. Notes, place and who took part are sealed with the client’s key.',
  })
  @ApiCreatedResponse({ type: CaseworkWriteResponseDto })
  async record(
    @Param() { caseId }: CaseParamDto,
    @Body() body: RecordContactRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseworkWriteResponseDto> {
    const contactId = uuidv7();
    const result = await this.handler.execute(
      'RecordContact',
      caseId,
      {
        contactId,
        kind: body.kind,
        occurredAt: body.occurredAt,
        participants: body.participants ?? [],
        notes: body.notes,
        goalsAddressed: body.goalsAddressed ?? [],
        ...optionalOf(body, ['durationMinutes', 'location', 'lateEntryReason']),
      },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, id: contactId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
