import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { CaseworkCommandHandler } from '../../casework-command.handler';
import { AppointmentParamDto, CaseworkWriteResponseDto } from '../../casework-http.dto';
import { RescheduleAppointmentRequestDto } from './reschedule-appointment.request.dto';

@ApiTags('care plan: casework')
@Controller('care-plan/cases/:caseId')
export class RescheduleAppointmentHttpController {
  constructor(private readonly handler: CaseworkCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post('appointments/:appointmentId/reschedule')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Move a scheduled appointment to another time',
    description: 'With a reason, sealed with the client’s key.',
  })
  @ApiCreatedResponse({ type: CaseworkWriteResponseDto })
  async reschedule(
    @Param() { caseId, appointmentId }: AppointmentParamDto,
    @Body() body: RescheduleAppointmentRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseworkWriteResponseDto> {
    const result = await this.handler.execute(
      'RescheduleAppointment',
      caseId,
      { appointmentId, startsAt: body.startsAt, reason: body.reason },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, id: appointmentId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
