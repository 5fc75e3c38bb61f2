import { accessLogEvents, type PublishedEventContract } from '@casemgmt/messaging';
import { carePlanStreamId } from './care-plan-streams';

/** What care plan shows: the case as it knows it, a case's plans, its casework and worklists. */
export type CarePlanAccessSubject = 'case' | 'plan' | 'casework' | 'worklist';
const SUBJECTS: readonly CarePlanAccessSubject[] = ['case', 'plan', 'casework', 'worklist'];

export const CARE_PLAN_ACCESS_LOG_EVENTS: readonly PublishedEventContract[] = accessLogEvents(
  SUBJECTS,
  'a case, care plan, casework or worklist in care plan',
);

/** `care-plan.access_log-<tenant>.<client id>`: the tenant is in the id, so agencies never share a stream. */
export function carePlanAccessLogStreamId(tenantId: string, key: string): string {
  return carePlanStreamId('access_log', `${tenantId}.${key}`);
}
