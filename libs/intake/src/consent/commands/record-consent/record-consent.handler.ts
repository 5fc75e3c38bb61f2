import { Injectable } from '@nestjs/common';
import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { caseDecider } from '../../../case/case.decider';
import { ClientAccess } from '../../../client/client-access';
import { clientDecider } from '../../../client/client.decider';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import {
  consentDecider,
  type ConsentEvent,
  type RecordConsent,
  type RecordConsentContext,
} from '../../consent.decider';

/** What the controller hands over: the command before the reads its decision needs filled in its context. */
export type RecordConsentRequest = Omit<RecordConsent, 'data'> & {
  readonly data: Omit<RecordConsent['data'], 'context'>;
};

/**
 * Reads what the decider needs to know of the client and the case named with the consent: their streams, and the
 * actor's scope over the client (ADR 0012). A missing client id is left to the decider, which names the element.
 */
@Injectable()
export class RecordConsentHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly access: ClientAccess,
  ) {}

  async execute(request: RecordConsentRequest): Promise<CommandResult<ConsentEvent>> {
    const { consentId, clientId, caseId } = request.data;
    const context = clientId === '' ? null : await this.contextOf(request);
    const command: RecordConsent = { ...request, data: { ...request.data, context } };
    return handleCommand(this.store, intakeStreamId('consent', consentId), consentDecider, command, undefined, {
      clientId,
      caseId,
    });
  }

  private async contextOf(request: RecordConsentRequest): Promise<RecordConsentContext> {
    const { clientId, caseId } = request.data;
    const { tenantId } = request.metadata;
    const [client, clientWriteRole, namedCase] = await Promise.all([
      loadAggregate(this.store, intakeStreamId('client', clientId), clientDecider, tenantId),
      this.access.writeRole(request.metadata, clientId),
      caseId === undefined
        ? undefined
        : loadAggregate(this.store, intakeStreamId('case', caseId), caseDecider, tenantId),
    ]);
    return { client: client.state, clientWriteRole, ...(namedCase ? { namedCase: namedCase.state } : {}) };
  }
}
