import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { caseReadAccess, caseWriteGrant, commandAccessActor } from '../../../case/case-access.policy';
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
    const command = clientId === '' ? request : await this.authorised(request);
    return handleCommand(this.store, intakeStreamId('consent', consentId), consentDecider, command, undefined, {
      clientId,
      caseId,
    });
  }

  private async authorised(request: RecordConsent): Promise<RecordConsent> {
    const { clientId, caseId } = request.data;
    const { tenantId } = request.metadata;
    const client = await loadAggregate(this.store, intakeStreamId('client', clientId), clientDecider, tenantId);
    if (!client.exists || !client.state.registered) throw ClientErrors.notFound(clientId);
    const command =
      caseId === undefined ? await this.access.authorise(request, [clientId]) : await this.throughCase(request, caseId);
    // A consent goes on the surviving record of a merged client, and an erased client can give none.
    if (client.state.mergedInto !== null) throw ClientErrors.merged(clientId, client.state.mergedInto);
    if (client.state.erased) throw ClientErrors.erased(clientId);
    return command;
  }

  /**
   * The named case is read from its stream, so it proves the actor's scope at once where the case read model may
   * not have caught up yet (a consent recorded just after an assignment); the read model decides otherwise.
   */
  private async throughCase(request: RecordConsent, caseId: string): Promise<RecordConsent> {
    const { clientId } = request.data;
    const actor = commandAccessActor(request.metadata);
    const found = await loadAggregate(
      this.store,
      intakeStreamId('case', caseId),
      caseDecider,
      request.metadata.tenantId,
    );
    const { state } = found;
    if (!state.exists || caseReadAccess(actor, state) !== 'granted') throw CaseErrors.notFound(caseId);
    if (state.clientId !== clientId) {
      // Out of scope, the client reads as not found before anything is said about the case.
      await this.access.authorise(request, [clientId]);
      throw ConsentErrors.caseOfAnotherClient(caseId);
    }
    const grant = caseWriteGrant(actor, state);
    if (grant.decision !== 'granted') return this.access.authorise(request, [clientId]);
    return { ...request, metadata: { ...request.metadata, actor: { ...request.metadata.actor, role: grant.role } } };
  }
}
