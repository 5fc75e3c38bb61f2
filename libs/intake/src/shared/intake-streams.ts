/** Intake's aggregates; each is a stream category `intake.<aggregate>`. */
export type IntakeAggregate = 'client' | 'case' | 'consent' | 'access_log' | 'worker' | 'caseload';

export const INTAKE_CATEGORIES: readonly string[] = [
  'intake.client',
  'intake.case',
  'intake.consent',
  'intake.access_log',
  'intake.worker',
  'intake.caseload',
];

/** `intake.case-<id>`: the stream of one aggregate. */
export function intakeStreamId(aggregate: IntakeAggregate, id: string): string {
  return `intake.${aggregate}-${id}`;
}

/** The id part of an intake stream id. */
export function idOfIntakeStream(streamId: string): string {
  return streamId.slice(streamId.indexOf('-') + 1);
}

/** The access log of one client in one tenant: the tenant is in the id, so agencies never share a stream. */
export function accessLogStreamId(tenantId: string, clientId: string): string {
  return intakeStreamId('access_log', `${tenantId}.${clientId}`);
}

/** A worker of the agency: staff ids are the identity provider's subjects, unique per tenant only. */
export function workerStreamId(tenantId: string, workerId: string): string {
  return intakeStreamId('worker', `${tenantId}.${workerId}`);
}

/** The case slots one worker holds (the caseload limit's invariant), per tenant like the worker. */
export function caseloadStreamId(tenantId: string, workerId: string): string {
  return intakeStreamId('caseload', `${tenantId}.${workerId}`);
}
