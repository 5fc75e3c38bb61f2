import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { clientDecider } from '../../../client/client.decider';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { caseDecider, type CaseEvent, type OpenCase } from '../../case.decider';

/** What the controller hands over: the command before the client's stream filled in the client. */
export type OpenCaseRequest = Omit<OpenCase, 'data'> & { readonly data: Omit<OpenCase['data'], 'client'> };

/** Reads the client's stream for the decider, which opens a case only for a registered, live client. */
@Injectable()
export class OpenCaseHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  async execute(request: OpenCaseRequest): Promise<CommandResult<CaseEvent>> {
    const { caseId, clientId } = request.data;
    const { tenantId } = request.metadata;
    const client = await loadAggregate(this.store, intakeStreamId('client', clientId), clientDecider, tenantId);
    const command: OpenCase = { ...request, data: { ...request.data, client: client.state } };
    return handleCommand(this.store, intakeStreamId('case', caseId), caseDecider, command, undefined, {
      caseId,
      clientId,
    });
  }
}
