import { Injectable } from '@nestjs/common';
import { InjectEventStore, type EventStore } from '@casemgmt/event-store';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import { streamIdOf } from '../../../shared/directory-streams';
import {
  serviceAtLocationDecider,
  type ServiceAtLocationEvent,
  type RegisterServiceAtLocation,
} from '../../service-at-location.decider';

@Injectable()
export class RegisterServiceAtLocationHandler {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  execute(command: RegisterServiceAtLocation): Promise<CommandResult<ServiceAtLocationEvent>> {
    return handleCommand(
      this.store,
      streamIdOf('service_at_location', command.data.serviceAtLocationId),
      serviceAtLocationDecider,
      command,
    );
  }
}
