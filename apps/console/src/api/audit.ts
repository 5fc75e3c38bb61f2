import type { components } from './schema';

/**
 * The audit API's answers the OpenAPI document describes only in words (schema.ts types them as no content): their
 * shapes as the audit service returns them.
 */

/** GET /audit/verify. */
export type ChainVerification = components['schemas']['ChainVerificationDto'];

/** One group of GET /audit/compliance (and, without its key, the totals). */
export interface ComplianceGroup {
  readonly key: string | null;
  readonly obligations: number;
  readonly violations: number;
  readonly violated: number;
  readonly metLate: number;
  readonly fineCents: number;
  readonly met: number;
  readonly pending: number;
  readonly cancelled: number;
}

/** GET /audit/compliance. */
export interface ComplianceReport {
  readonly clock: 'occurred' | 'known';
  readonly knownOn: string | null;
  readonly from: string;
  readonly to: string;
  readonly groupBy: 'tenant' | 'program' | 'worker' | 'case' | 'month' | 'rule';
  readonly evaluatedAt: string;
  readonly groups: readonly ComplianceGroup[];
  readonly totals: Omit<ComplianceGroup, 'key'>;
}

/** One disclosure of GET /audit/clients/{clientId}/disclosures. */
export interface Disclosure {
  readonly disclosedAt: string;
  readonly recordedAt: string;
  readonly recipient: { readonly organizationId: string };
  readonly description: { readonly fields: readonly string[]; readonly informationCategories: readonly string[] };
  readonly purpose: string;
  readonly consentId: string;
  readonly redisclosureNotice: string;
  readonly caseId: string | null;
  readonly referralId: string;
  readonly disclosedBy: { readonly id: string; readonly role: string };
  readonly eventId: string;
}

/** GET /audit/clients/{clientId}/disclosures. */
export interface DisclosureAccounting {
  readonly clientId: string;
  readonly from: string;
  readonly to: string;
  readonly disclosures: readonly Disclosure[];
}

/** POST /audit/exports and GET /audit/exports/{exportId}. */
export type TenantExport = components['schemas']['TenantExportDto'];
