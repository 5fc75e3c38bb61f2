import type { Provider, Type } from '@nestjs/common';
import type { Projection } from '@casemgmt/read-model';
import { AddNeedHandler } from './commands/add-need/add-need.handler';
import { AddNeedHttpController } from './commands/add-need/add-need.http.controller';
import { AdvanceCaseStatusHandler } from './commands/advance-case-status/advance-case-status.handler';
import { AdvanceCaseStatusHttpController } from './commands/advance-case-status/advance-case-status.http.controller';
import { AssignCaseHandler } from './commands/assign-case/assign-case.handler';
import { AssignCaseHttpController } from './commands/assign-case/assign-case.http.controller';
import { CloseCaseHandler } from './commands/close-case/close-case.handler';
import { CloseCaseHttpController } from './commands/close-case/close-case.http.controller';
import { DetermineEligibilityHandler } from './commands/determine-eligibility/determine-eligibility.handler';
import { DetermineEligibilityHttpController } from './commands/determine-eligibility/determine-eligibility.http.controller';
import { OpenCaseHandler } from './commands/open-case/open-case.handler';
import { OpenCaseHttpController } from './commands/open-case/open-case.http.controller';
import { RecordScreeningHandler } from './commands/record-screening/record-screening.handler';
import { RecordScreeningHttpController } from './commands/record-screening/record-screening.http.controller';
import { ReopenCaseHandler } from './commands/reopen-case/reopen-case.handler';
import { ReopenCaseHttpController } from './commands/reopen-case/reopen-case.http.controller';
import { TransferCaseHandler } from './commands/transfer-case/transfer-case.handler';
import { TransferCaseHttpController } from './commands/transfer-case/transfer-case.http.controller';
import { CaseSummary } from './projections/case-summary/case-summary.entity';
import { caseSummaryProjection } from './projections/case-summary/case-summary.projection';
import { CaseloadEntry } from './projections/caseload/caseload-entry.entity';
import { caseloadProjection } from './projections/caseload/caseload.projection';
import { GetCaseHttpController } from './queries/get-case/get-case.http.controller';
import { GetCaseQuery } from './queries/get-case/get-case.query';
import { GetMyCaseloadHttpController } from './queries/get-my-caseload/get-my-caseload.http.controller';
import { GetMyCaseloadQuery } from './queries/get-my-caseload/get-my-caseload.query';
import { GetTeamCaseloadsHttpController } from './queries/get-team-caseloads/get-team-caseloads.http.controller';
import { GetTeamCaseloadsQuery } from './queries/get-team-caseloads/get-team-caseloads.query';

// Everything the case aggregate adds to the intake module; intake.module.ts gathers these lists.
export const CASE_CONTROLLERS: readonly Type[] = [
  OpenCaseHttpController,
  AdvanceCaseStatusHttpController,
  CloseCaseHttpController,
  ReopenCaseHttpController,
  AssignCaseHttpController,
  TransferCaseHttpController,
  RecordScreeningHttpController,
  AddNeedHttpController,
  DetermineEligibilityHttpController,
  GetCaseHttpController,
  GetMyCaseloadHttpController,
  GetTeamCaseloadsHttpController,
];
export const CASE_PROVIDERS: readonly Provider[] = [
  OpenCaseHandler,
  AdvanceCaseStatusHandler,
  CloseCaseHandler,
  ReopenCaseHandler,
  AssignCaseHandler,
  TransferCaseHandler,
  RecordScreeningHandler,
  AddNeedHandler,
  DetermineEligibilityHandler,
  GetCaseQuery,
  GetMyCaseloadQuery,
  GetTeamCaseloadsQuery,
];
export const CASE_ENTITIES: readonly Type[] = [CaseloadEntry, CaseSummary];
export const CASE_PROJECTIONS: readonly Projection[] = [caseloadProjection, caseSummaryProjection];
export { CASE_MIGRATIONS } from './case.migrations';
