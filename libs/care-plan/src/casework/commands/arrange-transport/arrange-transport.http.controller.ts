import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { CaseworkCommandHandler } from '../../casework-command.handler';
import { AppointmentParamDto, CaseworkWriteResponseDto } from '../../casework-http.dto';
import { ArrangeTransportRequestDto } from './arrange-transport.request.dto';

@ApiTags('care plan: casework')
@Controller('care-plan/cases/:caseId')
export class ArrangeTransportHttpController {
  constructor(private readonly handler: CaseworkCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post('appointments/:appointmentId/transport')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Say whether transport to an appointment is arranged',
    description: 'Arranged, not needed or not arranged.',
  })
  @ApiCreatedResponse({ type: CaseworkWriteResponseDto })
  async arrange(
    @Param() { caseId, appointmentId }: AppointmentParamDto,
    @Body() body: ArrangeTransportRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseworkWriteResponseDto> {
    const result = await this.handler.execute(
      'ArrangeTransport',
      caseId,
      { appointmentId, transport: body.transport },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, id: appointmentId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
