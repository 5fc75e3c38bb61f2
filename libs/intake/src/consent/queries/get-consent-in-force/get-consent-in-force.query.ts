import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BlindIndex } from '@casemgmt/personal-data';
import { InjectBlindIndex } from '../../../shared/intake-options';
import {
  consentInForce,
  type ConsentCalendar,
  type ConsentInForceAnswer,
  type ConsentInForceRequest,
} from '../../consent-in-force';
import { InjectConsentCalendar } from '../../consent-calendar';
import { ConsentDirectiveRow, directiveOfRow } from '../../projections/consent-directive/consent-directive.entity';
import { recipientNameTerm } from '../../projections/consent-directive/consent-directive.projection';

/** The in-force rule over the client's consents as the read model holds them. */
@Injectable()
export class GetConsentInForceQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConsentCalendar() private readonly calendar: ConsentCalendar,
    @InjectBlindIndex() private readonly blindIndex: BlindIndex,
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
    return { answer: consentInForce(rows.map(directiveOfRow), hashed, this.calendar), consulted: rows.length };
  }
}
