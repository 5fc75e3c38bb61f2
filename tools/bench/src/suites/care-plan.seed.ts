import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';

// A tenant as the care plan benchmark needs it: open cases, each with its intake history, an approved plan with an
// intervention due, and a long record of contacts, appended through the event store's own append function (the
// same SQL every append runs), so the services' consumers build their read models from it as they would in use.

export const SEED_TENANT = 'county-care-bench';
export const SEED_TEAM_SIZE = 10;
export const CASES_PER_WORKER = 80;
/** Events a seeded case holds: 3 in intake, 5 in its plans, the rest contacts. */
const INTAKE_EVENTS_PER_CASE = 3;
const PLAN_EVENTS_PER_CASE = 5;

/** One seeded case, with the ids a benchmark command needs to change its worklist. */
export interface SeededCase {
  readonly caseId: string;
  readonly clientId: string;
  readonly caseManagerId: string;
  readonly teamId: string;
  readonly planId: string;
  readonly goalId: string;
  readonly interventionId: string;
}

export interface SeedPlan {
  readonly cases: number;
  readonly eventsPerCase: number;
}

type NewEvent = { event_id: string; type: string; data: object; metadata: object; occurred_at: string };
type Stream = { stream: string; category: string; events: NewEvent[] };

const PRIORITIES = ['routine', 'urgent', 'emergency'] as const;

/** The n-th case manager and their team: cm-0000 of team-000 holds cases 0..79, and so on. */
export function workerOf(index: number): { readonly caseManagerId: string; readonly teamId: string } {
  const worker = Math.floor(index / CASES_PER_WORKER);
  return {
    caseManagerId: `cm-${String(worker).padStart(4, '0')}`,
    teamId: `team-${String(Math.floor(worker / SEED_TEAM_SIZE)).padStart(3, '0')}`,
  };
}

function streamsOf(seeded: SeededCase, index: number, contacts: number, openedAt: Date): Stream[] {
  const { caseId, clientId, caseManagerId, teamId, planId, goalId, interventionId } = seeded;
  const at = (minutes: number) => new Date(openedAt.getTime() + minutes * 60_000).toISOString();
  const metadata = (actor: string, role: string) => ({
    tenantId: SEED_TENANT,
    actor: { id: actor, role },
    correlationId: randomUUID(),
    caseId,
    clientId,
  });
  const event = (type: string, data: object, actor: string, role: string, minutes: number): NewEvent => ({
    event_id: uuidv7(),
    type,
    data,
    metadata: metadata(actor, role),
    occurred_at: at(minutes),
  });
  const cm = (type: string, data: object, minutes: number) => event(type, data, caseManagerId, 'case_manager', minutes);
  const intake: NewEvent[] = [
    event(
      'CaseOpened',
      {
        caseId,
        clientId,
        programId: 'adult-behavioral-health',
        priority: PRIORITIES[index % PRIORITIES.length],
        referralSource: { kind: 'self' },
        teamId,
        openedBy: 'iw-bench',
      },
      'iw-bench',
      'intake_worker',
      0,
    ),
    event('CaseAssigned', { caseId, caseManagerId, previousCaseManagerId: null }, 'sup-bench', 'supervisor', 5),
    cm('NeedIdentified', { caseId, need: 'housing', source: { kind: 'worker' }, openNeeds: ['housing'] }, 10),
  ];
  const plan: NewEvent[] = [
    cm('CarePlanDrafted', { caseId, planId, version: 1, by: caseManagerId }, 60),
    cm(
      'GoalAdded',
      {
        caseId,
        planId,
        goalId,
        needs: ['housing'],
        lifecycleStatus: 'active',
        targetDate: '2027-06-30',
        measure: null,
        version: 2,
        by: caseManagerId,
        personal: null,
      },
      61,
    ),
    cm(
      'InterventionAdded',
      {
        caseId,
        planId,
        goalId,
        interventionId,
        responsible: { kind: 'case_manager' },
        dueDate: '2027-01-31',
        referralId: null,
        version: 3,
        by: caseManagerId,
        personal: null,
      },
      62,
    ),
    cm('CarePlanSubmitted', { caseId, planId, version: 3, by: caseManagerId }, 63),
    event(
      'CarePlanApproved',
      {
        caseId,
        planId,
        version: 3,
        by: 'sup-bench',
        approvedOn: '2026-09-01',
        activated: true,
        nextReviewDueBy: '2026-11-30',
      },
      'sup-bench',
      'supervisor',
      120,
    ),
  ];
  const casework: NewEvent[] = Array.from({ length: contacts }, (_, n) =>
    cm(
      'ContactRecorded',
      {
        caseId,
        contactId: uuidv7(),
        kind: n % 4 === 0 ? 'home_visit' : 'phone',
        occurredAt: at(180 + n * 1_440),
        recordedAt: at(200 + n * 1_440),
        late: false,
        durationMinutes: 30,
        goalsAddressed: [goalId],
        by: caseManagerId,
        personal: null,
      },
      180 + n * 1_440,
    ),
  );
  return [
    { stream: `intake.case-${caseId}`, category: 'intake.case', events: intake },
    { stream: `care-plan.plan-${caseId}`, category: 'care-plan.plan', events: plan },
    { stream: `care-plan.casework-${caseId}`, category: 'care-plan.casework', events: casework },
  ];
}

/**
 * Appends the seeded tenant's streams, `batch` cases to a transaction on each of `parallel` connections, and answers
 * the cases with their ids. Contacts fill each case up to `eventsPerCase`.
 */
export async function seedCases(
  pool: Pool,
  plan: SeedPlan,
  log: (line: string) => void,
  options: { readonly batch?: number; readonly parallel?: number } = {},
): Promise<SeededCase[]> {
  const batch = options.batch ?? 20;
  const parallel = options.parallel ?? 4;
  const contacts = Math.max(1, plan.eventsPerCase - INTAKE_EVENTS_PER_CASE - PLAN_EVENTS_PER_CASE);
  const openedAt = new Date('2025-01-06T17:00:00Z');
  const cases: SeededCase[] = Array.from({ length: plan.cases }, (_, index) => ({
    caseId: randomUUID(),
    clientId: randomUUID(),
    ...workerOf(index),
    planId: randomUUID(),
    goalId: randomUUID(),
    interventionId: randomUUID(),
  }));
  let next = 0;
  let done = 0;
  const started = Date.now();
  const worker = async (): Promise<void> => {
    for (;;) {
      const from = next;
      next += batch;
      if (from >= cases.length) return;
      const streams = cases
        .slice(from, from + batch)
        .flatMap((seeded, n) => streamsOf(seeded, from + n, contacts, openedAt));
      const { rows } = await pool.query<{ outcome: string }>(
        `SELECT (event_store.append_to_stream(s.stream, s.category, $2, 0, s.events)).r_outcome AS outcome
           FROM json_to_recordset($1::json) AS s(stream text, category text, events json)`,
        [JSON.stringify(streams), SEED_TENANT],
      );
      const refused = rows.find((row) => row.outcome !== 'appended');
      if (refused) throw new Error(`seeding: an append answered ${refused.outcome}`);
      done += Math.min(batch, cases.length - from);
      if (done % 1_000 < batch)
        log(`seeded ${done} of ${cases.length} cases (${Math.round((Date.now() - started) / 1000)} s)`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return cases;
}
