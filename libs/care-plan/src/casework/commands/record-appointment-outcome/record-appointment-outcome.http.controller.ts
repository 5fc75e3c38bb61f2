import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { optionalOf } from '../../../shared/optional-of';
import { CaseworkCommandHandler } from '../../casework-command.handler';
import { AppointmentParamDto, CaseworkWriteResponseDto } from '../../casework-http.dto';
import { RecordAppointmentOutcomeRequestDto } from './record-appointment-outcome.request.dto';

@ApiTags('care plan: casework')
@Controller('care-plan/cases/:caseId')
export class RecordAppointmentOutcomeHttpController {
  constructor(private readonly handler: CaseworkCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post('appointments/:appointmentId/outcome')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record that an appointment was kept, missed or cancelled',
    description:
      'Kept or missed once its time has come; a missed appointment needs a follow-up by the end of the next business day in the agency’s time zone; a cancellation needs a reason.',
  })
  @ApiCreatedResponse({ type: CaseworkWriteResponseDto })
  async record(
    @Param() { caseId, appointmentId }: AppointmentParamDto,
    @Body() body: RecordAppointmentOutcomeRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseworkWriteResponseDto> {
    const result = await this.handler.execute(
      'RecordAppointmentOutcome',
      caseId,
      { appointmentId, outcome: body.outcome, ...optionalOf(body, ['reason']) },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    const missed = result.events.find((event) => event.type === 'AppointmentMissed');
    return {
      caseId,
      id: appointmentId,
      streamVersion: result.version,
      changed: result.events.length > 0,
      ...(missed?.type === 'AppointmentMissed' ? { followUpDueBy: missed.data.followUpDueBy } : {}),
    };
  }
}
