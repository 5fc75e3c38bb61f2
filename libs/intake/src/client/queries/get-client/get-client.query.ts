import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@casemgmt/auth';
import { loadAggregate } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { AccessLog } from '../../../shared/access-log';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { ClientAccess } from '../../client-access';
import { clientDecider } from '../../client.decider';
import { ClientErrors } from '../../client.errors';
import type { ClientDemographics, ClientPersonal } from '../../client.types';

export interface ClientDetails {
  readonly clientId: string;
  readonly version: number;
  /** Null once the client's personal data was erased. */
  readonly personal: ClientPersonal | null;
  readonly preferredLanguage: string | null;
  readonly demographics: ClientDemographics;
  /** Set when this record was merged: callers follow the survivor. */
  readonly mergedInto: string | null;
  readonly mergedClientIds: readonly string[];
  readonly erased: boolean;
}

/** `GET /intake/clients/{id}`: the client as its stream folds now, read through the store that opens personal data. */
@Injectable()
export class GetClientQuery {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly accessLog: AccessLog,
    private readonly access: ClientAccess,
  ) {}

  async execute(context: RequestContext, clientId: string): Promise<ClientDetails> {
    const loaded = await loadAggregate(this.store, intakeStreamId('client', clientId), clientDecider, context.tenantId);
    if (!loaded.exists || !loaded.state.registered) throw ClientErrors.notFound(clientId);
    // Out of the reader's scope reads as not registered: the client's existence does not leak.
    const role = await this.access.readRole(context, clientId);
    if (!role) throw ClientErrors.notFound(clientId);
    await this.accessLog.record(context, {
      subject: 'client',
      subjectId: clientId,
      clientId,
      view: 'GET /intake/clients/{id}',
      role,
    });
    const { personal, preferredLanguage, demographics, mergedInto, mergedClientIds, erased } = loaded.state;
    return {
      clientId,
      version: loaded.version,
      personal,
      preferredLanguage,
      demographics,
      mergedInto,
      mergedClientIds,
      erased,
    };
  }
}
