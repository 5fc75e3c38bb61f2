import { Injectable } from '@nestjs/common';
import type { CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { ClientAccess } from '../../../client/client-access';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { handleConsentCommand } from '../../consent-command';
import type { ConsentEvent, RecordConsentExpiryEvent } from '../../consent.decider';

@Injectable()
export class RecordConsentExpiryEventHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly access: ClientAccess,
  ) {}

  execute(command: RecordConsentExpiryEvent, expectedVersion?: number): Promise<CommandResult<ConsentEvent>> {
    return handleConsentCommand(this.store, this.access, command, expectedVersion);
  }
}
