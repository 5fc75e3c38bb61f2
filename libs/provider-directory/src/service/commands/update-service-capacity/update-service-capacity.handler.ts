import { Injectable } from '@nestjs/common';
import { InjectEventStore, type EventStore } from '@casemgmt/event-store';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import { streamIdOf } from '../../../shared/directory-streams';
import { serviceDecider, type ServiceEvent, type UpdateServiceCapacity } from '../../service.decider';

@Injectable()
export class UpdateServiceCapacityHandler {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  execute(command: UpdateServiceCapacity, expectedVersion?: number): Promise<CommandResult<ServiceEvent>> {
    return handleCommand(
      this.store,
      streamIdOf('service', command.data.serviceId),
      serviceDecider,
      command,
      expectedVersion,
    );
  }
}
