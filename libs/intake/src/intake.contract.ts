import type { ServiceContract } from '@casemgmt/messaging';
import { CASE_PUBLISHED_EVENTS } from './case/case.contract';
import { CASELOAD_PUBLISHED_EVENTS } from './caseload/caseload.contract';
import { CLIENT_PUBLISHED_EVENTS } from './client/client.contract';
import { CONSENT_PUBLISHED_EVENTS } from './consent/consent.contract';
import { ACCESS_LOG_PUBLISHED_EVENTS } from './shared/access-log.contract';
import { INTAKE_CATEGORIES } from './shared/intake-streams';
import { WORKER_PUBLISHED_EVENTS } from './worker/worker.contract';

/** What intake publishes to `casemgmt.intake.events.v1`. Personal data travels sealed (see ADR 0008). */
export const INTAKE_CONTRACT: ServiceContract = {
  service: 'intake',
  description:
    'Clients, cases, screenings, eligibility and consents, every read of client or case data, the workers cases are assigned to and their caseloads. Fields under `personal` are sealed with the client’s own key.',
  categories: INTAKE_CATEGORIES,
  events: [
    ...CLIENT_PUBLISHED_EVENTS,
    ...CASE_PUBLISHED_EVENTS,
    ...CONSENT_PUBLISHED_EVENTS,
    ...ACCESS_LOG_PUBLISHED_EVENTS,
    ...WORKER_PUBLISHED_EVENTS,
    ...CASELOAD_PUBLISHED_EVENTS,
  ],
};
