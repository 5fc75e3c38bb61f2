export { carePlanService, type CarePlanServiceOptions } from './care-plan.service';
export {
  CarePlanModule,
  CARE_PLAN_CONSUMER,
  CARE_PLAN_EVENT_SOURCE,
  CARE_PLAN_WORKLIST_SOURCE,
  type CarePlanModuleOptions,
  type CarePlanSource,
} from './care-plan.module';
export { CARE_PLAN_MIGRATIONS, CARE_PLAN_SCHEMA } from './care-plan.migrations';
export { INTAKE_EVENTS } from './case-view/intake-events';
export { CARE_PLAN_EVENT_STORE } from './shared/care-plan-options';
export { CARE_PLAN_CONTRACT } from './care-plan.contract';
export type { CaseView } from './case-view/case-view.types';
export { carePlanOptionsOf, withCarePlanVariables } from './care-plan.environment';
export {
  DEFAULT_PROGRAM_SETTINGS,
  parseProgramSettings,
  type CarePlanSettings,
  type ProgramSettings,
} from './shared/program-settings';
