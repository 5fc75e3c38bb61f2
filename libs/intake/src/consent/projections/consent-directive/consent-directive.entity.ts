import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsentDirective, ConsentPurpose, ConsentRecipient, InformationCategory } from '../../consent.types';

/**
 * The terms of each consent that decide whether it is in force: what the referral service asks about. No personal
 * data: every word of the form stays sealed in the events; a recipient's name is kept as its blind-index term.
 */
@Entity({ schema: 'intake', name: 'consent_directive' })
export class ConsentDirectiveRow {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'consent_id', type: 'text' })
  consentId!: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ name: 'case_id', type: 'text', nullable: true })
  caseId!: string | null;

  @Column({ type: 'text', array: true })
  categories!: string[];

  @Column({ type: 'text', array: true })
  purposes!: string[];

  @Column({ type: 'jsonb' })
  recipients!: ConsentRecipient[];

  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom!: Date;

  /** The last day of an expiry-date consent (inclusive). */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: string | null;

  /** The consent ends on an event (its words stay sealed in the consent's stream). */
  @Column({ name: 'expires_by_event', type: 'boolean' })
  expiresByEvent!: boolean;

  @Column({ name: 'expiry_event_occurred_at', type: 'timestamptz', nullable: true })
  expiryEventOccurredAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;

  /** Version of the consent's stream the row reflects. */
  @Column({ type: 'integer' })
  version!: number;
}

/** A row as the in-force rule reads it. */
export function directiveOfRow(row: ConsentDirectiveRow): ConsentDirective {
  return {
    consentId: row.consentId,
    categories: row.categories as InformationCategory[],
    purposes: row.purposes as ConsentPurpose[],
    recipients: row.recipients,
    signedAt: row.signedAt,
    effectiveFrom: row.effectiveFrom,
    expiry: row.expiresOn !== null ? { kind: 'date', on: row.expiresOn } : { kind: 'event', event: null },
    expiryEventOccurredAt: row.expiryEventOccurredAt,
    revokedAt: row.revokedAt,
  };
}
