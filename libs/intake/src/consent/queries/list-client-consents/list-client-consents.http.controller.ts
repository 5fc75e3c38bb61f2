import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, Roles, type RequestContext } from '@casemgmt/auth';
import { ClientAccess } from '../../../client/client-access';
import { ClientErrors } from '../../../client/client.errors';
import { AccessLog } from '../../../shared/access-log';
import { CONSENT_READERS } from '../../consent.http';
import { ClientConsentsDto } from './client-consents.dto';
import { ListClientConsentsQuery, type ConsentSummary } from './list-client-consents.query';

@ApiTags('consents')
@Controller('intake/clients')
export class ListClientConsentsHttpController {
  constructor(
    private readonly query: ListClientConsentsQuery,
    private readonly accessLog: AccessLog,
    private readonly access: ClientAccess,
  ) {}

  @Roles(...CONSENT_READERS)
  @Get(':clientId/consents')
  @ApiOperation({
    summary: "A client's consents, latest signed first, with where each stands now; the read is recorded",
  })
  @ApiOkResponse({ type: ClientConsentsDto, description: 'The client’s consents' })
  async list(
    @Param('clientId') clientId: string,
    @Ctx() context: RequestContext,
  ): Promise<{ clientId: string; consents: readonly ConsentSummary[] }> {
    const role = await this.access.readRole(context, clientId);
    if (!role) throw ClientErrors.notFound(clientId);
    const consents = await this.query.execute(context.tenantId, clientId);
    // An empty list shows nothing of the client's record: only reads of a record are logged.
    if (consents.length > 0) {
      await this.accessLog.record(context, {
        subject: 'client',
        subjectId: clientId,
        clientId,
        view: 'GET /intake/clients/{clientId}/consents',
        role,
      });
    }
    return { clientId, consents };
  }
}
