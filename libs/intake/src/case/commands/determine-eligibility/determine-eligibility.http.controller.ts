import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { DEFAULT_PROGRAMS } from '../../../eligibility/programs';
import { CaseIdParamDto, CaseWriteResponseDto } from '../../case-http.dto';
import { CASE_WORKERS } from '../../case.roles';
import { DetermineEligibilityHandler } from './determine-eligibility.handler';
import { DetermineEligibilityRequestDto } from './determine-eligibility.request.dto';

@ApiTags('intake: cases')
@Controller('intake/cases')
export class DetermineEligibilityHttpController {
  constructor(private readonly handler: DetermineEligibilityHandler) {}

  @Roles(...CASE_WORKERS)
  @Post(':id/eligibility')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Decide eligibility for a program and record it with one reason per rule',
    description: 'The program’s rules are data; the event records the rules applied, so it can be checked again.',
  })
  @ApiCreatedResponse({ type: CaseWriteResponseDto })
  async determine(
    @Param() { id: caseId }: CaseIdParamDto,
    @Body() body: DetermineEligibilityRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<CaseWriteResponseDto> {
    const { applicant } = body;
    const result = await this.handler.execute(
      {
        type: 'DetermineEligibility',
        data: {
          caseId,
          ...(body.programId !== undefined ? { programId: body.programId } : {}),
          applicant: {
            dateOfBirth: applicant.dateOfBirth,
            ...(applicant.county !== undefined ? { county: applicant.county } : {}),
            ...(applicant.householdSize !== undefined ? { householdSize: applicant.householdSize } : {}),
            ...(applicant.annualHouseholdIncome !== undefined
              ? { annualHouseholdIncome: applicant.annualHouseholdIncome }
              : {}),
          },
          programs: DEFAULT_PROGRAMS,
        },
        metadata: commandMetadataFrom(context, CASE_WORKERS),
      },
      body.expectedVersion,
    );
    return { id: caseId, version: result.version, changed: result.events.length > 0 };
  }
}
