/** Care plan's aggregates; each is a stream category `care-plan.<aggregate>`. */
export type CarePlanAggregate = 'plan' | 'casework' | 'access_log';

export const CARE_PLAN_CATEGORIES: readonly string[] = ['care-plan.plan', 'care-plan.casework', 'care-plan.access_log'];

/**
 * `care-plan.plan-<case id>`: every care plan of one case, in one stream, so "one active plan per case" is an
 * invariant of one aggregate; `care-plan.casework-<case id>`: the case's contacts, appointments and medication notes.
 */
export function carePlanStreamId(aggregate: CarePlanAggregate, id: string): string {
  return `care-plan.${aggregate}-${id}`;
}

/** The id part of a care plan stream id. */
export function idOfCarePlanStream(streamId: string): string {
  return streamId.slice(streamId.indexOf('-') + 1);
}
