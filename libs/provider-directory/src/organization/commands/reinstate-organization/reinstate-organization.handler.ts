import { Injectable } from '@nestjs/common';
import { InjectEventStore, type EventStore } from '@casemgmt/event-store';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import { streamIdOf } from '../../../shared/directory-streams';
import { organizationDecider, type ReinstateOrganization, type OrganizationEvent } from '../../organization.decider';

@Injectable()
export class ReinstateOrganizationHandler {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  execute(command: ReinstateOrganization, expectedVersion: number): Promise<CommandResult<OrganizationEvent>> {
    return handleCommand(
      this.store,
      streamIdOf('organization', command.data.organizationId),
      organizationDecider,
      command,
      expectedVersion,
    );
  }
}
