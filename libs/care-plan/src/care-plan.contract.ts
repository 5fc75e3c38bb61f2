import type { ServiceContract } from '@casemgmt/messaging';
import { CASEWORK_PUBLISHED_EVENTS } from './casework/casework.contract';
import { PLAN_PUBLISHED_EVENTS } from './plan/plan.contract';
import { CARE_PLAN_ACCESS_LOG_EVENTS } from './shared/care-plan-access-log.contract';
import { CARE_PLAN_CATEGORIES } from './shared/care-plan-streams';

/** What care plan publishes to `casemgmt.care-plan.events.v1`: its plans' and casework's events and its access log. */
export const CARE_PLAN_CONTRACT: ServiceContract = {
  service: 'care-plan',
  description: 'Care plans (goals, interventions, approvals, reviews), contacts and appointments.',
  categories: CARE_PLAN_CATEGORIES,
  events: [...PLAN_PUBLISHED_EVENTS, ...CASEWORK_PUBLISHED_EVENTS, ...CARE_PLAN_ACCESS_LOG_EVENTS],
};
