import { Injectable } from '@nestjs/common';
import { InjectEventStore, type EventStore } from '@casemgmt/event-store';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import { streamIdOf } from '../../../shared/directory-streams';
import { organizationDecider, type SuspendOrganization, type OrganizationEvent } from '../../organization.decider';

@Injectable()
export class SuspendOrganizationHandler {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  execute(command: SuspendOrganization, expectedVersion: number): Promise<CommandResult<OrganizationEvent>> {
    return handleCommand(
      this.store,
      streamIdOf('organization', command.data.organizationId),
      organizationDecider,
      command,
      expectedVersion,
    );
  }
}
