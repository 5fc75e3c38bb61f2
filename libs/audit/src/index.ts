export { AuditModule, AUDITED_CONTRACTS, AUDIT_EVENT_SOURCE, type AuditModuleOptions } from './audit.module';
export { AUDIT_MIGRATIONS, AUDIT_SCHEMA } from './audit.migrations';
export { auditService } from './audit.service';
export { canonicalJson, type CanonicalValue } from './chain/canonical-json';
export { canonicalEventOf, chainHash, GENESIS_HASH, type CanonicalEvent, type ChainEvent } from './chain/chain-hash';
export { appendManyToChain, appendToChain, type ChainAppend } from './chain/audit-chain';
export { readChainPage, type AuditEntry } from './chain/audit-entry';
export {
  ChainVerifier,
  verifyChain,
  type ChainProblem,
  type ChainProblemKind,
  type ChainVerification,
} from './chain/verify-chain';
export { buildAuditHandlers } from './source/audit-handlers';
export {
  AUDIT_CONSUMER,
  auditKafkaSource,
  auditStoreSource,
  type AuditEventSource,
  type AuditSource,
} from './source/audit-event-source';
export { replayStream, type ReplayDecider, type Replayed } from './queries/get-case-state/replay-stream';
export { DEFAULT_RULE_SET } from './compliance/default-rule-set';
export { parseRuleSet } from './compliance/parse-rule-set';
export type { RuleSet } from './compliance/rule-set';
export type { ComplianceClock, CaseEvaluation } from './compliance/evaluate-case';
export type { Obligation, ObligationStatus } from './compliance/obligation';
export {
  evaluateTenant,
  type TenantCaseEvaluation,
  type TenantEvaluationOptions,
} from './compliance-read-model/evaluate-tenant';
export {
  COMPLIANCE_EVALUATION_LISTENER,
  ComplianceEvaluator,
  type ComplianceEvaluationListener,
} from './compliance-read-model/compliance-evaluator';
export { ruleSetsOfTenant } from './compliance-rules/stored-rule-sets';
export {
  csvExportWriter,
  EXPORT_FORMATS,
  exportChunks,
  fhirBundleWriter,
  jsonExportWriter,
  streamToResponse,
  type ExportFormat,
  type ExportWriter,
  type FhirResource,
} from './exports/stream-export';
export { auditEventOf, type FhirAuditEvent } from './exports/fhir-audit-event';
export {
  AUDIT_CONTRACT,
  AUDIT_COMPLIANCE_CATEGORY,
  complianceFeedStreamId,
} from './compliance-feed/compliance-feed.contract';
export type {
  ComplianceDeadlineClosed,
  ComplianceDeadlineOpened,
  ComplianceFeedEvent,
} from './compliance-feed/compliance-feed.events';
export { ComplianceFeed } from './compliance-feed/compliance-feed';
