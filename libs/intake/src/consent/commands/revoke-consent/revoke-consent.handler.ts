import { Injectable } from '@nestjs/common';
import type { CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { ClientAccess } from '../../../client/client-access';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { handleConsentCommand } from '../../consent-command';
import type { ConsentEvent, RevokeConsent } from '../../consent.decider';

@Injectable()
export class RevokeConsentHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly access: ClientAccess,
  ) {}

  execute(command: RevokeConsent, expectedVersion?: number): Promise<CommandResult<ConsentEvent>> {
    return handleConsentCommand(this.store, this.access, command, expectedVersion);
  }
}
