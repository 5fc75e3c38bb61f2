import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { loadAggregate } from '@casemgmt/decider';
import { InjectEventStore, type EventStore } from '@casemgmt/event-store';
import type { BlindIndex } from '@casemgmt/personal-data';
import { InjectBlindIndex } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { consentDecider } from '../../consent.decider';
import type { ConsentDirective } from '../../consent.types';
import {
  consentInForce,
  type ConsentCalendar,
  type ConsentInForceAnswer,
  type ConsentInForceRequest,
} from '../../consent-in-force';
import { InjectConsentCalendar } from '../../consent-calendar';
import { ConsentDirectiveRow, directiveOfRow } from '../../projections/consent-directive/consent-directive.entity';
import { recipientNameTerm } from '../../projections/consent-directive/consent-directive.projection';

/**
 * The in-force rule over the client's consents: which consents the client has, from the read model; where each
 * stands, from its own stream as recorded now. The read model follows the streams a moment later, so a revocation
 * or an expiry event recorded just before the question is answered for all the same (a disclosure is checked at
 * that very moment, 42 CFR §2.31); a consent recorded a moment ago that the read model has not taken yet is not
 * counted, which refuses rather than allows.
 */
@Injectable()
export class GetConsentInForceQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConsentCalendar() private readonly calendar: ConsentCalendar,
    @InjectBlindIndex() private readonly blindIndex: BlindIndex,
    @InjectEventStore() private readonly store: EventStore,
  ) {}

  /** The answer, and how many of the client's consents it read. */
  async execute(
    tenantId: string,
    clientId: string,
    request: ConsentInForceRequest,
  ): Promise<{ answer: ConsentInForceAnswer; consulted: number }> {
    const rows = await this.dataSource.getRepository(ConsentDirectiveRow).findBy({ tenantId, clientId });
    // The rows keep a named recipient as the blind-index term of its name: the requested name is compared the same way.
    const { name } = request.recipient;
    const hashed: ConsentInForceRequest =
      name !== undefined
        ? {
            ...request,
            recipient: { ...request.recipient, nameTerm: recipientNameTerm(this.blindIndex, tenantId, name) },
          }
        : request;
    const directives = await Promise.all(rows.map((row) => this.asRecordedNow(tenantId, directiveOfRow(row))));
    return { answer: consentInForce(directives, hashed, this.calendar), consulted: rows.length };
  }

  /** The directive with its revocation and expiry event as its stream holds them now. */
  private async asRecordedNow(tenantId: string, directive: ConsentDirective): Promise<ConsentDirective> {
    const { state } = await loadAggregate(
      this.store,
      intakeStreamId('consent', directive.consentId),
      consentDecider,
      tenantId,
    );
    if (!state.recorded) return directive;
    return { ...directive, revokedAt: state.revokedAt, expiryEventOccurredAt: state.expiryEventOccurredAt };
  }
}
