import { Body, Controller, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { PutRuleSetResultDto } from './put-rule-set-result.dto';
import { PutRuleSetHandler, type PutRuleSetResult } from './put-rule-set.handler';
import { PutRuleSetRequestDto } from './put-rule-set.request.dto';

class RuleSetParamDto {
  @ApiProperty({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'id must be letters, digits, dots, dashes or underscores' })
  readonly id!: string;
}

@ApiTags('audit')
@Controller('audit/compliance/rule-sets')
export class PutRuleSetHttpController {
  constructor(private readonly handler: PutRuleSetHandler) {}

  @Roles('admin')
  @Put(':id')
  @ApiOperation({
    summary: 'Store the next version of one of the tenant’s compliance rule sets (append-only)',
    description:
      'Versions are never edited: each takes effect from its `effectiveFrom` date (today or later) and judges the ' +
      'obligations that arise from then on; earlier ones keep the rules they arose under. The default rule set ' +
      'applies wherever the tenant has none in effect.',
  })
  @ApiOkResponse({ type: PutRuleSetResultDto, description: 'The version stored, as parsed, and when' })
  @ApiBadRequestResponse({ description: 'The rule set is not valid: the field and the reason' })
  @ApiConflictResponse({ description: '`expectedVersion` is not the latest stored version' })
  put(
    @Param() { id }: RuleSetParamDto,
    @Body() body: PutRuleSetRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<PutRuleSetResult> {
    return this.handler.execute({
      tenantId: context.tenantId,
      ruleSetId: id,
      expectedVersion: body.expectedVersion,
      document: body.ruleSet,
      actor: { id: context.actor.id, role: 'admin' },
    });
  }
}
