import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { v7 as uuidv7 } from 'uuid';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { commandMetadataFrom } from '@casemgmt/decider';
import { WriteResponseDto } from '../../../shared/http';
import type { CapacityReport } from '../../service.decider';
import { UpdateServiceCapacityHandler } from './update-service-capacity.handler';
import { CapacityUnitDto, UpdateServiceCapacityRequestDto } from './update-service-capacity.request.dto';

@ApiTags('provider partners')
@Controller('directory/services')
export class UpdateServiceCapacityHttpController {
  constructor(private readonly handler: UpdateServiceCapacityHandler) {}

  @Roles('provider_partner', 'admin')
  @Put(':id/capacity')
  @ApiOperation({
    summary: 'Report open capacity of one unit (HSDS 3.1 service_capacity)',
    description:
      'A provider partner may report only for services of the organisation in its token (403 DIRECTORY.NOT_YOUR_ORGANIZATION otherwise).',
  })
  @ApiOkResponse({ type: WriteResponseDto })
  async report(
    @Param('id') serviceId: string,
    @Body() body: UpdateServiceCapacityRequestDto,
    @Ctx() context: RequestContext,
  ): Promise<WriteResponseDto> {
    const result = await this.handler.execute(
      {
        type: 'UpdateServiceCapacity',
        data: {
          serviceId,
          report: {
            capacityId: uuidv7(),
            unit: unitOf(body.unit),
            available: body.available,
            ...(body.maximum !== undefined ? { maximum: body.maximum } : {}),
            ...(body.description !== undefined ? { description: body.description } : {}),
          },
        },
        metadata: commandMetadataFrom(context, ['admin', 'provider_partner']),
      },
      body.expectedVersion,
    );
    return { id: serviceId, version: result.version, changed: result.events.length > 0 };
  }
}

function unitOf(unit: CapacityUnitDto): CapacityReport['unit'] {
  return {
    name: unit.name,
    ...(unit.id ? { id: unit.id } : {}),
    ...(unit.scheme ? { scheme: unit.scheme } : {}),
    ...(unit.identifier ? { identifier: unit.identifier } : {}),
    ...(unit.uri ? { uri: unit.uri } : {}),
  };
}
