import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { caseReadAccess, commandAccessActor } from '../../../case/case-access.policy';
import { caseDecider } from '../../../case/case.decider';
import { CaseErrors } from '../../../case/case.errors';
import { ClientAccess } from '../../../client/client-access';
import { clientDecider } from '../../../client/client.decider';
import { ClientErrors } from '../../../client/client.errors';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { consentDecider, type ConsentEvent, type RecordConsent } from '../../consent.decider';
import { ConsentErrors } from '../../consent.errors';

/**
 * A consent is recorded for a registered client in the actor's scope (ADR 0012); a case named with it must be a case
 * of that client the actor may read. A missing client id is left to the decider, which names the missing element.
 */
@Injectable()
export class RecordConsentHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly access: ClientAccess,
  ) {}

  async execute(request: RecordConsent): Promise<CommandResult<ConsentEvent>> {
    const { consentId, clientId, caseId } = request.data;
    const command = clientId === '' ? request : await this.clientInScope(request);
    if (caseId !== undefined) await this.assertCaseOf(command, caseId);
    return handleCommand(this.store, intakeStreamId('consent', consentId), consentDecider, command, undefined, {
      clientId,
      caseId,
    });
  }

  private async clientInScope(request: RecordConsent): Promise<RecordConsent> {
    const { clientId } = request.data;
    const { tenantId } = request.metadata;
    const client = await loadAggregate(this.store, intakeStreamId('client', clientId), clientDecider, tenantId);
    if (!client.exists || !client.state.registered) throw ClientErrors.notFound(clientId);
    const command = await this.access.authorise(request, [clientId]);
    // A consent goes on the surviving record of a merged client, and an erased client can give none.
    if (client.state.mergedInto !== null) throw ClientErrors.merged(clientId, client.state.mergedInto);
    if (client.state.erased) throw ClientErrors.erased(clientId);
    return command;
  }

  private async assertCaseOf(command: RecordConsent, caseId: string): Promise<void> {
    const { tenantId } = command.metadata;
    const found = await loadAggregate(this.store, intakeStreamId('case', caseId), caseDecider, tenantId);
    const { state } = found;
    if (!state.exists || caseReadAccess(commandAccessActor(command.metadata), state) !== 'granted') {
      throw CaseErrors.notFound(caseId);
    }
    if (state.clientId !== command.data.clientId) throw ConsentErrors.caseOfAnotherClient(caseId);
  }
}
