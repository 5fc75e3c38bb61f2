import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { CaseParamDto } from '../../../shared/care-plan-http.dto';
import { optionalOf } from '../../../shared/optional-of';
import { CaseworkCommandHandler } from '../../casework-command.handler';
import { CaseworkWriteResponseDto } from '../../casework-http.dto';
import { ScheduleAppointmentRequestDto } from './schedule-appointment.request.dto';

@ApiTags('care plan: casework')
@Controller('care-plan/cases/:caseId')
export class ScheduleAppointmentHttpController {
  constructor(private readonly handler: CaseworkCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post('appointments')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Schedule an appointment for the client with a provider',
    description:
      'With transport arranged, not needed or not arranged; the provider’s name and the purpose are sealed with the client’s key.',
  })
  @ApiCreatedResponse({ type: CaseworkWriteResponseDto })
  async schedule(
    @Param() { caseId }: CaseParamDto,
    @Body() body: ScheduleAppointmentRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseworkWriteResponseDto> {
    const appointmentId = uuidv7();
    const result = await this.handler.execute(
      'ScheduleAppointment',
      caseId,
      {
        appointmentId,
        provider: { name: body.provider.name, ...optionalOf(body.provider, ['organizationId']) },
        startsAt: body.startsAt,
        transport: body.transport,
        purpose: body.purpose,
      },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, id: appointmentId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
