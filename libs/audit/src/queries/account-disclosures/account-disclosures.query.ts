import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { csvOf } from '../../shared/csv';
import { auditError } from '../../shared/audit-error';

/** The disclosure events the accounting lists: referral's, as its contract publishes them. */
export const DISCLOSURE_TYPES: readonly string[] = ['referral.ReferralDisclosed.v1'];

/** One disclosure of a client's records (HIPAA §164.528(b)(2); 42 CFR §2.24). */
export interface Disclosure {
  readonly disclosedAt: string;
  readonly recordedAt: string;
  /** Who received it: the organisation, by its directory id. */
  readonly recipient: { readonly organizationId: string };
  /** What was shared: the fields and the information categories they fall in. */
  readonly description: { readonly fields: readonly string[]; readonly informationCategories: readonly string[] };
  readonly purpose: string;
  readonly consentId: string;
  readonly redisclosureNotice: string;
  readonly caseId: string | null;
  readonly referralId: string;
  readonly disclosedBy: { readonly id: string; readonly role: string };
  readonly eventId: string;
}

export interface DisclosureAccounting {
  readonly clientId: string;
  readonly from: string;
  readonly to: string;
  readonly disclosures: readonly Disclosure[];
}

/** Six years before the instant, on the calendar (HIPAA §164.528(a): the six years before the request). */
function sixYearsBefore(instant: Date): Date {
  const before = new Date(instant);
  before.setUTCFullYear(before.getUTCFullYear() - 6);
  return before;
}

interface Row extends Record<string, unknown> {
  readonly event_id: string;
  readonly occurred_at: Date;
  readonly recorded_at: Date;
  readonly case_id: string | null;
  readonly actor: { readonly id?: string; readonly role?: string } | null;
  readonly event: { readonly data?: Record<string, unknown> } | null;
}

/**
 * Every disclosure of a client's records in a period, from the disclosure events the chain keeps: when, to whom,
 * what (fields and categories, never the values: the chain holds them sealed and the audit service has no key), for
 * what purpose, under which consent, with the notice that went with it, oldest first.
 */
@Injectable()
export class AccountDisclosuresQuery {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  async execute(
    tenantId: string,
    clientId: string,
    period: { readonly from?: string; readonly to?: string },
    now: Date = new Date(),
  ): Promise<DisclosureAccounting> {
    const to = period.to ? new Date(period.to) : now;
    const from = period.from ? new Date(period.from) : sixYearsBefore(to);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from > to) {
      throw auditError('AUDIT.INVALID', 'invalid', 'from: must not be after to', { field: 'from', reason: 'after to' });
    }
    const { rows } = await this.pool.query<Row>(
      `SELECT event_id::text, occurred_at, recorded_at, case_id, actor, event FROM audit.entries
        WHERE tenant_id = $1 AND client_id = $2 AND published_type = ANY($3) AND occurred_at >= $4 AND occurred_at <= $5
        ORDER BY occurred_at, sequence`,
      [tenantId, clientId, DISCLOSURE_TYPES, from, to],
    );
    return { clientId, from: from.toISOString(), to: to.toISOString(), disclosures: rows.map(disclosureOf) };
  }
}

function disclosureOf(row: Row): Disclosure {
  const data = row.event?.data ?? {};
  const text = (field: string): string => (typeof data[field] === 'string' ? (data[field] as string) : '');
  const list = (field: string): string[] =>
    Array.isArray(data[field]) ? (data[field] as unknown[]).filter((v): v is string => typeof v === 'string') : [];
  return {
    disclosedAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    recipient: { organizationId: text('recipientOrganizationId') },
    description: { fields: list('fields'), informationCategories: list('informationCategories') },
    purpose: text('purpose'),
    consentId: text('consentId'),
    redisclosureNotice: text('redisclosureNotice'),
    caseId: row.case_id,
    referralId: text('referralId'),
    disclosedBy: { id: row.actor?.id ?? 'unknown', role: row.actor?.role ?? 'unknown' },
    eventId: row.event_id,
  };
}

/** The accounting as CSV, one disclosure a line. */
export function disclosuresCsv(accounting: DisclosureAccounting): string {
  return csvOf<Disclosure>(
    [
      ['disclosed_at', (d) => d.disclosedAt],
      ['recorded_at', (d) => d.recordedAt],
      ['recipient_organization_id', (d) => d.recipient.organizationId],
      ['fields', (d) => d.description.fields],
      ['information_categories', (d) => d.description.informationCategories],
      ['purpose', (d) => d.purpose],
      ['consent_id', (d) => d.consentId],
      ['case_id', (d) => d.caseId],
      ['referral_id', (d) => d.referralId],
      ['disclosed_by', (d) => `${d.disclosedBy.id} (${d.disclosedBy.role})`],
      ['redisclosure_notice', (d) => d.redisclosureNotice],
    ],
    accounting.disclosures,
  );
}
