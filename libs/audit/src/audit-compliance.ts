import type { Provider, Type } from '@nestjs/common';
import { PutRuleSetHttpController } from './commands/put-rule-set/put-rule-set.http.controller';
import { PutRuleSetHandler } from './commands/put-rule-set/put-rule-set.handler';
import { COMPLIANCE_OPTIONS, type ComplianceOptions } from './compliance-read-model/compliance-options';
import { ComplianceFeed } from './compliance-feed/compliance-feed';
import { COMPLIANCE_EVALUATION_LISTENER, ComplianceEvaluator } from './compliance-read-model/compliance-evaluator';
import { CaseComplianceHttpController } from './queries/case-compliance/case-compliance.http.controller';
import { CaseComplianceQuery } from './queries/case-compliance/case-compliance.query';
import { ComplianceReportHttpController } from './queries/compliance-report/compliance-report.http.controller';
import { ComplianceReportQuery } from './queries/compliance-report/compliance-report.query';
import { ExportObligationsHttpController } from './queries/export-obligations/export-obligations.http.controller';
import { ExportObligationsQuery } from './queries/export-obligations/export-obligations.query';
import { ListRuleSetsHttpController } from './queries/list-rule-sets/list-rule-sets.http.controller';
import { ListRuleSetsQuery } from './queries/list-rule-sets/list-rule-sets.query';

/** The compliance routes of the audit service (ADR 0036): rule sets, the tenant report and a case's obligations. */
export const COMPLIANCE_CONTROLLERS: readonly Type<unknown>[] = [
  PutRuleSetHttpController,
  ListRuleSetsHttpController,
  ExportObligationsHttpController,
  ComplianceReportHttpController,
  CaseComplianceHttpController,
];

/** What the compliance routes need, and the evaluator keeping the read model current with the module's lifecycle. */
export function complianceProviders(options: ComplianceOptions): Provider[] {
  return [
    { provide: COMPLIANCE_OPTIONS, useValue: options },
    ComplianceEvaluator,
    // Each evaluated case's deadlines are published for care plan's worklist (ADR 0038).
    ComplianceFeed,
    { provide: COMPLIANCE_EVALUATION_LISTENER, useExisting: ComplianceFeed },
    PutRuleSetHandler,
    ListRuleSetsQuery,
    ComplianceReportQuery,
    CaseComplianceQuery,
    ExportObligationsQuery,
  ];
}
