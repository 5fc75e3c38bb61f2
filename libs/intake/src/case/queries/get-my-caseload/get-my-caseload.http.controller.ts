import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { GetMyCaseloadQuery, type MyCaseload } from './get-my-caseload.query';
import { MyCaseloadDto } from './my-caseload.dto';

@ApiTags('intake: caseloads')
@Controller('intake/caseloads')
export class GetMyCaseloadHttpController {
  constructor(private readonly query: GetMyCaseloadQuery) {}

  @Roles('case_manager')
  @Get('me')
  @ApiOperation({
    summary: 'My open cases, most urgent first, with counts by status and priority and open safety flags',
    description: 'Each listed case is a recorded read (RecordAccessed).',
  })
  @ApiOkResponse({ type: MyCaseloadDto, description: 'The caller’s caseload' })
  get(@Ctx() context: RequestContext): Promise<MyCaseload> {
    return this.query.execute(context);
  }
}
