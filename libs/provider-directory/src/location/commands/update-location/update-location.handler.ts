import { Injectable } from '@nestjs/common';
import { InjectEventStore, type EventStore } from '@casemgmt/event-store';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import { streamIdOf } from '../../../shared/directory-streams';
import { locationDecider, type LocationEvent, type UpdateLocation } from '../../location.decider';

@Injectable()
export class UpdateLocationHandler {
  constructor(@InjectEventStore() private readonly store: EventStore) {}

  execute(command: UpdateLocation, expectedVersion: number): Promise<CommandResult<LocationEvent>> {
    return handleCommand(
      this.store,
      streamIdOf('location', command.data.locationId),
      locationDecider,
      command,
      expectedVersion,
    );
  }
}
