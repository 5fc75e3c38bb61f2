import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { standingAt, type ConsentCalendar, type ConsentStanding } from '../../consent-in-force';
import { InjectConsentCalendar } from '../../consent-calendar';
import type { ConsentExpiry, ConsentRecipient } from '../../consent.types';
import { ConsentDirectiveRow, directiveOfRow } from '../../projections/consent-directive/consent-directive.entity';

export interface ConsentSummary {
  readonly consentId: string;
  readonly caseId: string | null;
  readonly categories: readonly string[];
  readonly purposes: readonly string[];
  readonly recipients: readonly ConsentRecipient[];
  readonly signedAt: string;
  readonly effectiveFrom: string;
  readonly expiry: ConsentExpiry;
  readonly expiryEventOccurredAt: string | null;
  readonly revokedAt: string | null;
  readonly standing: ConsentStanding;
  readonly version: number;
}

/** `GET /intake/clients/{clientId}/consents`: the client's consents, latest signed first. */
@Injectable()
export class ListClientConsentsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConsentCalendar() private readonly calendar: ConsentCalendar,
  ) {}

  async execute(tenantId: string, clientId: string, now: Date = new Date()): Promise<readonly ConsentSummary[]> {
    const rows = await this.dataSource.getRepository(ConsentDirectiveRow).find({
      where: { tenantId, clientId },
      order: { signedAt: 'DESC', consentId: 'ASC' },
    });
    return rows.map((row) => {
      const directive = directiveOfRow(row);
      return {
        consentId: row.consentId,
        caseId: row.caseId,
        categories: row.categories,
        purposes: row.purposes,
        // The list shows kinds and organisations; names and descriptions are read with the consent itself.
        recipients: directive.recipients.map((recipient) =>
          recipient.kind === 'named'
            ? {
                kind: 'named' as const,
                name: null,
                ...(recipient.organizationId !== undefined ? { organizationId: recipient.organizationId } : {}),
              }
            : recipient,
        ),
        signedAt: row.signedAt.toISOString(),
        effectiveFrom: row.effectiveFrom.toISOString(),
        expiry: directive.expiry,
        expiryEventOccurredAt: row.expiryEventOccurredAt?.toISOString() ?? null,
        revokedAt: row.revokedAt?.toISOString() ?? null,
        standing: standingAt(directive, now, this.calendar).standing,
        version: row.version,
      };
    });
  }
}
