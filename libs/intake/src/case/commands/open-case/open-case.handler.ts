import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { clientDecider } from '../../../client/client.decider';
import { ClientErrors } from '../../../client/client.errors';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { caseDecider, type CaseEvent, type OpenCase } from '../../case.decider';

@Injectable()
export class OpenCaseHandler {
  constructor(@InjectIntakeEventStore() private readonly store: EventStore) {}

  async execute(command: OpenCase): Promise<CommandResult<CaseEvent>> {
    const { caseId, clientId } = command.data;
    const client = await loadAggregate(
      this.store,
      intakeStreamId('client', clientId),
      clientDecider,
      command.metadata.tenantId,
    );
    if (!client.exists || !client.state.registered) throw ClientErrors.notFound(clientId);
    // Work goes on the surviving record of a merged client, never on the one merged away.
    if (client.state.mergedInto !== null) throw ClientErrors.merged(clientId, client.state.mergedInto);
    if (client.state.erased) throw ClientErrors.erased(clientId);
    return handleCommand(this.store, intakeStreamId('case', caseId), caseDecider, command, undefined, {
      caseId,
      clientId,
    });
  }
}
