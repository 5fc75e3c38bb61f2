import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { CARE_PLAN_WRITERS } from '../../../shared/care-plan-access.policy';
import { CaseParamDto } from '../../../shared/care-plan-http.dto';
import { optionalOf } from '../../../shared/optional-of';
import { CaseworkCommandHandler } from '../../casework-command.handler';
import { CaseworkWriteResponseDto } from '../../casework-http.dto';
import { RecordMedicationCheckRequestDto } from './record-medication-check.request.dto';

@ApiTags('care plan: casework')
@Controller('care-plan/cases/:caseId')
export class RecordMedicationCheckHttpController {
  constructor(private readonly handler: CaseworkCommandHandler) {}

  @Roles(...CARE_PLAN_WRITERS)
  @Post('medication-checks')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a medication check',
    description:
      'Medication, dose, adherence (as prescribed, missed doses, stopped), side effects reported and whether the prescriber was told; medication, dose and side effects are sealed with the client’s key.',
  })
  @ApiCreatedResponse({ type: CaseworkWriteResponseDto })
  async record(
    @Param() { caseId }: CaseParamDto,
    @Body() body: RecordMedicationCheckRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseworkWriteResponseDto> {
    const checkId = uuidv7();
    const result = await this.handler.execute(
      'RecordMedicationCheck',
      caseId,
      {
        checkId,
        medication: body.medication,
        dose: body.dose,
        adherence: body.adherence,
        prescriberInformed: body.prescriberInformed,
        checkedOn: body.checkedOn,
        ...optionalOf(body, ['sideEffects']),
      },
      context,
      CARE_PLAN_WRITERS,
      body.expectedVersion,
    );
    return { caseId, id: checkId, streamVersion: result.version, changed: result.events.length > 0 };
  }
}
