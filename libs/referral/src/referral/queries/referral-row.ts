import type { PersonalDataVault, SealedPersonalData } from '@casemgmt/personal-data';
import { REDISCLOSURE_NOTICE, type DisclosableField } from '../referral.decider';

/** A referral's row in referral's read model. */
export interface ReferralRow extends Record<string, unknown> {
  readonly tenant_id: string;
  readonly referral_id: string;
  readonly case_id: string;
  readonly client_id: string | null;
  readonly program: string;
  readonly need: string;
  readonly goal_id: string | null;
  readonly organization_id: string;
  readonly service_id: string;
  readonly location_id: string;
  readonly listing_version: number;
  readonly warnings: string[];
  readonly status: string;
  readonly reason: string | null;
  readonly requested_at: Date | null;
  readonly answer_due_at: Date | null;
  readonly consent_id: string | null;
  readonly consent_revoked_at: Date | null;
  readonly purpose: string | null;
  readonly fields: DisclosableField[];
  readonly disclosed: SealedPersonalData | null;
  readonly delivered_on: string | null;
  readonly follow_up_due_on: string | null;
  readonly follow_up_result: string | null;
  readonly created_at: Date;
  readonly updated_at: Date;
}

export const REFERRAL_COLUMNS = `tenant_id, referral_id, case_id, client_id, program, need, goal_id, organization_id,
  service_id, location_id, listing_version, warnings, status, reason, requested_at, answer_due_at, consent_id, consent_revoked_at, purpose,
  fields, disclosed, delivered_on::text AS delivered_on, follow_up_due_on::text AS follow_up_due_on, follow_up_result,
  created_at, updated_at`;

/** What the receiving organisation sees of a referral: what it needs to act, and only the fields disclosed to it. */
export interface PartnerReferralView {
  readonly referralId: string;
  readonly status: string;
  readonly need: string;
  readonly serviceId: string;
  readonly locationId: string;
  readonly listingVersion: number;
  readonly requestedAt: string | null;
  readonly answerDueAt: string | null;
  readonly reason: string | null;
  readonly deliveredOn: string | null;
  readonly updatedAt: string;
  readonly disclosure: {
    readonly consentId: string | null;
    /** When the client revoked that consent: nothing more is disclosed under it; what was is not recalled. */
    readonly consentRevokedAt: string | null;
    readonly purpose: string | null;
    readonly fields: readonly DisclosableField[];
    /** The disclosed values, field by field; null once the client's data was erased. */
    readonly values: Readonly<Partial<Record<DisclosableField, string>>> | null;
    readonly redisclosureNotice: string;
  };
}

/** The disclosed values of a row, opened with the client's key; null when there is none or it was shredded. */
export async function disclosedValuesOf(
  vault: PersonalDataVault,
  row: ReferralRow,
): Promise<Readonly<Partial<Record<DisclosableField, string>>> | null> {
  if (!row.disclosed || !row.client_id) return null;
  return valuesIn(await vault.open(row.tenant_id, row.client_id, row.disclosed));
}

/** The disclosed values of a page of rows, in order, opened with one read of the clients' keys. */
export async function disclosedValuesOfRows(
  vault: PersonalDataVault,
  rows: readonly ReferralRow[],
): Promise<(Readonly<Partial<Record<DisclosableField, string>>> | null)[]> {
  const tenantId = rows[0]?.tenant_id;
  const sealed = rows.flatMap((row, index) =>
    row.disclosed && row.client_id ? [{ index, subjectId: row.client_id, sealed: row.disclosed }] : [],
  );
  const opened = tenantId ? await vault.openMany(tenantId, sealed) : [];
  const values = new Map(sealed.map((item, at) => [item.index, valuesIn(opened[at])]));
  return rows.map((_, index) => values.get(index) ?? null);
}

/** What the partner sees of a page of rows. */
export async function partnerViewsOf(
  vault: PersonalDataVault,
  rows: readonly ReferralRow[],
): Promise<PartnerReferralView[]> {
  const values = await disclosedValuesOfRows(vault, rows);
  return rows.map((row, index) => partnerView(row, values[index] ?? null));
}

export async function partnerViewOf(vault: PersonalDataVault, row: ReferralRow): Promise<PartnerReferralView> {
  return partnerView(row, await disclosedValuesOf(vault, row));
}

function valuesIn(opened: unknown): Readonly<Partial<Record<DisclosableField, string>>> | null {
  return (opened as { readonly values?: Partial<Record<DisclosableField, string>> } | null | undefined)?.values ?? null;
}

function partnerView(
  row: ReferralRow,
  values: Readonly<Partial<Record<DisclosableField, string>>> | null,
): PartnerReferralView {
  return {
    referralId: row.referral_id,
    status: row.status,
    need: row.need,
    serviceId: row.service_id,
    locationId: row.location_id,
    listingVersion: row.listing_version,
    requestedAt: row.requested_at?.toISOString() ?? null,
    answerDueAt: row.answer_due_at?.toISOString() ?? null,
    reason: row.reason,
    deliveredOn: row.delivered_on,
    updatedAt: row.updated_at.toISOString(),
    disclosure: {
      consentId: row.consent_id,
      consentRevokedAt: row.consent_revoked_at?.toISOString() ?? null,
      purpose: row.purpose,
      fields: row.fields,
      values,
      redisclosureNotice: REDISCLOSURE_NOTICE,
    },
  };
}
