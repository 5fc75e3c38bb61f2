import type { ServiceContract } from '@casemgmt/messaging';

/**
 * What care plan publishes to `casemgmt.care-plan.events.v1`: nothing yet. Its plans, goals, contacts and
 * appointments will add their events and stream categories here.
 */
export const CARE_PLAN_CONTRACT: ServiceContract = {
  service: 'care-plan',
  description: 'Care plans (goals, interventions, approvals, reviews), contacts and appointments.',
  categories: [],
  events: [],
};
