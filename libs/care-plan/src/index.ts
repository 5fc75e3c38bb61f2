export { carePlanService, type CarePlanServiceOptions } from './care-plan.service';
export {
  CarePlanModule,
  CARE_PLAN_CONSUMER,
  CARE_PLAN_EVENT_SOURCE,
  type CarePlanModuleOptions,
  type CarePlanSource,
} from './care-plan.module';
export { CARE_PLAN_MIGRATIONS, CARE_PLAN_SCHEMA } from './care-plan.migrations';
export { INTAKE_EVENTS } from './case-view/intake-events';
export type { CaseView } from './case-view/get-case-view.query';
