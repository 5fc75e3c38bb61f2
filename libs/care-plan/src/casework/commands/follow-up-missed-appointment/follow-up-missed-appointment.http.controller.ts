import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { CaseworkCommandHandler } from '../../casework-command.handler';
import { AppointmentParamDto, CaseworkWriteResponseDto } from '../../casework-http.dto';
import { RecordMissedAppointmentFollowUpRequestDto } from './follow-up-missed-appointment.request.dto';

@ApiTags('care plan: casework')
@Controller('care-plan/cases/:caseId')
export class RecordMissedAppointmentFollowUpHttpController {
  constructor(private readonly handler: CaseworkCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post('appointments/:appointmentId/follow-up')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record the follow-up of a missed appointment',
    description: 'What was done about it, sealed with the client’s key.',
  })
  @ApiCreatedResponse({ type: CaseworkWriteResponseDto })
  async followUp(
    @Param() { caseId, appointmentId }: AppointmentParamDto,
    @Body() body: RecordMissedAppointmentFollowUpRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseworkWriteResponseDto> {
    const result = await this.handler.execute(
      'RecordMissedAppointmentFollowUp',
      caseId,
      { appointmentId, notes: body.notes },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, id: appointmentId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
