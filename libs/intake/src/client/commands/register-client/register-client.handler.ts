import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@casemgmt/auth';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { isDomainError } from '@casemgmt/kernel';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { clientDecider, type ClientEvent, type RegisterClient } from '../../client.decider';
import { FindDuplicateCandidatesQuery } from '../../queries/find-duplicate-candidates/find-duplicate-candidates.query';

/** What the controller hands over: the command before the duplicate search filled in its candidates. */
export type RegisterClientRequest = Omit<RegisterClient, 'data'> & {
  readonly data: Omit<RegisterClient['data'], 'duplicateCandidates'>;
};

@Injectable()
export class RegisterClientHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly candidates: FindDuplicateCandidatesQuery,
  ) {}

  async execute(request: RegisterClientRequest, context: RequestContext): Promise<CommandResult<ClientEvent>> {
    const { clientId, personal } = request.data;
    const duplicateCandidates = await this.candidates.execute(context.tenantId, personal, clientId);
    try {
      return await handleCommand(
        this.store,
        intakeStreamId('client', clientId),
        clientDecider,
        { ...request, data: { ...request.data, duplicateCandidates } },
        undefined,
        { clientId },
      );
    } catch (error) {
      // The refusal shows the worker the candidates' names and dates of birth: that is a read of their records.
      if (isDomainError(error) && error.code === 'INTAKE.POSSIBLE_DUPLICATE') {
        await this.candidates.recordShown(context, duplicateCandidates, 'POST /intake/clients (possible duplicates)');
      }
      throw error;
    }
  }
}
