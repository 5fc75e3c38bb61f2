import type { components } from './schema';

/** The audit API's answers the console reads, as the OpenAPI document describes them. */

/** GET /audit/verify. */
export type ChainVerification = components['schemas']['ChainVerificationDto'];

/** GET /audit/compliance in JSON. */
export type ComplianceReport = components['schemas']['ComplianceReportDto'];

/** One group of GET /audit/compliance. */
export type ComplianceGroup = components['schemas']['ComplianceGroupDto'];

/** The totals of GET /audit/compliance: a group without its key. */
export type ComplianceTotals = components['schemas']['ComplianceTotalsDto'];

/** GET /audit/clients/{clientId}/disclosures in JSON. */
export type DisclosureAccounting = components['schemas']['DisclosureAccountingDto'];

/** POST /audit/exports and GET /audit/exports/{exportId}. */
export type TenantExport = components['schemas']['TenantExportDto'];
