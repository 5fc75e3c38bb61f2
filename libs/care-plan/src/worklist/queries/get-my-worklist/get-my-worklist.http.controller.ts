import { Controller, Get } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { MyWorklistDto } from '../worklist-http.dto';
import { GetMyWorklistQuery, type MyWorklist } from './get-my-worklist.query';

@ApiTags('care plan: worklist')
@Controller('care-plan/worklist')
export class GetMyWorklistHttpController {
  constructor(private readonly query: GetMyWorklistQuery) {}

  @Roles('case_manager')
  @Get('me')
  @ApiOperation({
    summary: 'What the caller has to do on their cases, and by when: overdue first, then soonest due',
    description:
      'First contacts, plan approvals and reviews, safety and missed-appointment follow-ups, interventions due, referrals awaiting the provider’s answer (until overdue, when they escalate to the team’s supervisors) and referral follow-ups, on the cases the caller is the case manager of now. Each listed case is a recorded read.',
  })
  @ApiOkResponse({
    type: MyWorklistDto,
    description: 'The items, with how many minutes each is overdue and what satisfies it',
  })
  @ApiForbiddenResponse({ description: 'The caller is not a case manager' })
  get(@Ctx() context: RequestContext): Promise<MyWorklist> {
    return this.query.execute(context);
  }
}
