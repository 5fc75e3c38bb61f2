import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  consentInForce,
  type ConsentCalendar,
  type ConsentInForceAnswer,
  type ConsentInForceRequest,
} from '../../consent-in-force';
import { InjectConsentCalendar } from '../../consent-calendar';
import { ConsentDirectiveRow, directiveOfRow } from '../../projections/consent-directive/consent-directive.entity';

/** The in-force rule over the client's consents as the read model holds them. */
@Injectable()
export class GetConsentInForceQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConsentCalendar() private readonly calendar: ConsentCalendar,
  ) {}

  /** The answer, and how many of the client's consents it read. */
  async execute(
    tenantId: string,
    clientId: string,
    request: ConsentInForceRequest,
  ): Promise<{ answer: ConsentInForceAnswer; consulted: number }> {
    const rows = await this.dataSource.getRepository(ConsentDirectiveRow).findBy({ tenantId, clientId });
    return { answer: consentInForce(rows.map(directiveOfRow), request, this.calendar), consulted: rows.length };
  }
}
