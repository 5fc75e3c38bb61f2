import type { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { appendManyToChain, type ChainEvent } from '@casemgmt/audit';
import { carePlanStreamId } from '@casemgmt/care-plan/published';
import { intakeStreamId } from '@casemgmt/intake/published';
import { referralStreamId } from '@casemgmt/referral/published';

// A tenant as the compliance benchmark needs it: cases with the history the rules judge (an opening with its
// priority, the assignment, contacts, some back-dated and recorded days later, a plan approved and reviewed,
// referrals completed and followed up, some cases closed) and the reads that an access log records beside them,
// appended to the tenant's hash chain by the audit library's own append. Deterministic: the same plan gives the same
// events, so runs compare.

export const COMPLIANCE_SEED_TENANT = 'county-compliance-bench';
const PROGRAMS = ['housing-stability', 'behavioral-health', 'family-support'] as const;
const WORKERS = 60;
const DAY = 86_400_000;
/** Cases are opened between these instants; their histories run until {@link HISTORY_ENDS}. */
const FIRST_OPENING = Date.parse('2025-01-06T17:00:00Z');
const LAST_OPENING = Date.parse('2026-09-01T17:00:00Z');
export const HISTORY_ENDS = new Date('2026-11-30T23:00:00Z');
/** Events appended in one transaction of the chain. */
const BATCH = 2_000;
/** Cases whose events are interleaved in the chain, by the time they were recorded, as a day's work mixes them. */
const CASES_INTERLEAVED = 50;

export interface ComplianceSeedPlan {
  readonly cases: number;
  readonly events: number;
}

export interface ComplianceSeedResult {
  readonly cases: number;
  readonly events: number;
  /** The events the rules read (the rest are records of reads). */
  readonly judged: number;
  readonly caseIds: readonly string[];
}

/** A small deterministic generator (mulberry32), so a seed is the same in every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Appends the tenant's cases to its chain, {@link CASES_INTERLEAVED} cases at a time. */
export async function seedCompliance(
  pool: Pool,
  plan: ComplianceSeedPlan,
  log: (line: string) => void,
): Promise<ComplianceSeedResult> {
  const perCase = Math.max(12, Math.floor(plan.events / plan.cases));
  const next = random(20_261_204);
  const caseIds: string[] = [];
  let events = 0;
  let judged = 0;
  for (let first = 0; first < plan.cases; first += CASES_INTERLEAVED) {
    const group: ChainEvent[] = [];
    for (let n = first; n < Math.min(plan.cases, first + CASES_INTERLEAVED); n++) {
      const history = caseHistory(n, perCase, next);
      caseIds.push(history.caseId);
      judged += history.judged;
      group.push(...history.events);
    }
    group.sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
    for (let start = 0; start < group.length; start += BATCH) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await appendManyToChain(client, group.slice(start, start + BATCH));
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    }
    events += group.length;
    if ((first / CASES_INTERLEAVED) % 40 === 0) log(`  ${events} events of ${caseIds.length} cases in the chain`);
  }
  return { cases: caseIds.length, events, judged, caseIds };
}

interface CaseHistory {
  readonly caseId: string;
  readonly events: ChainEvent[];
  readonly judged: number;
}

/** One case's history: about `size` events, of which those the rules read and, for the rest, reads of the case. */
function caseHistory(n: number, size: number, next: () => number): CaseHistory {
  const caseId = uuidv7();
  const clientId = uuidv7();
  const worker = `cm-${(n % WORKERS) + 1}`;
  const supervisor = `sup-${(n % 6) + 1}`;
  const programId = PROGRAMS[n % PROGRAMS.length] as string;
  const priority = next() < 0.1 ? 'emergency' : next() < 0.3 ? 'urgent' : 'routine';
  const openedAt = FIRST_OPENING + Math.floor(next() * (LAST_OPENING - FIRST_OPENING));
  const closesAt = next() < 0.25 ? openedAt + (60 + Math.floor(next() * 300)) * DAY : null;
  const endsAt = Math.min(closesAt ?? Infinity, HISTORY_ENDS.getTime());
  const events: ChainEvent[] = [];
  const versions = new Map<string, number>();
  const add = (
    service: string,
    type: string,
    streamId: string,
    at: number,
    data: Record<string, unknown>,
    actor: { id: string; role: string } = { id: worker, role: 'case_manager' },
    recordedAt: number = at,
  ) => {
    const streamVersion = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, streamVersion);
    events.push({
      eventId: uuidv7(),
      type: `${service}.${type}.v1`,
      service,
      streamId,
      streamVersion,
      occurredAt: new Date(recordedAt),
      recordedAt: new Date(recordedAt),
      data,
      metadata: { tenantId: COMPLIANCE_SEED_TENANT, actor, correlationId: uuidv7(), caseId, clientId },
    });
  };
  const caseStream = intakeStreamId('case', caseId);
  const casework = carePlanStreamId('casework', caseId);
  const planStream = carePlanStreamId('plan', caseId);
  const intakeWorker = { id: `iw-${(n % 10) + 1}`, role: 'intake_worker' };
  add(
    'intake',
    'CaseOpened',
    caseStream,
    openedAt,
    {
      caseId,
      clientId,
      programId,
      priority,
      referralSource: { kind: 'self' },
      teamId: `team-${(n % 6) + 1}`,
      openedBy: intakeWorker.id,
    },
    intakeWorker,
  );
  add(
    'intake',
    'CaseAssigned',
    caseStream,
    openedAt + 3_600_000,
    {
      caseId,
      caseManagerId: worker,
      previousCaseManagerId: null,
    },
    { id: supervisor, role: 'supervisor' },
  );

  // Contacts: the first some days after the opening (late for some), then a few a month with a month skipped now
  // and then; most recorded the same day, some days later.
  const firstContact = openedAt + (priority === 'emergency' ? 0.3 + next() * 1.5 : 1 + next() * 18) * DAY;
  for (let at = firstContact; at < endsAt; at += (5 + next() * 20 + (next() < 0.05 ? 35 : 0)) * DAY) {
    const lagDays = next() < 0.8 ? next() * 0.5 : 1 + next() * 12;
    const recordedAt = Math.min(at + lagDays * DAY, HISTORY_ENDS.getTime());
    add(
      'care-plan',
      'ContactRecorded',
      casework,
      at,
      {
        caseId,
        contactId: uuidv7(),
        kind: (['home_visit', 'phone', 'office_visit', 'video', 'attempt'] as const)[Math.floor(next() * 5)],
        occurredAt: new Date(at).toISOString(),
        recordedAt: new Date(recordedAt).toISOString(),
        late: lagDays > 2,
        durationMinutes: 30,
        goalsAddressed: [],
        by: worker,
        personal: null,
      },
      undefined,
      recordedAt,
    );
  }

  // The plan: approved some weeks after the opening (late for some), reviewed about every quarter.
  const planId = uuidv7();
  const approvedAt = openedAt + (12 + next() * 30) * DAY;
  if (approvedAt < endsAt) {
    const approver = { id: supervisor, role: 'supervisor' };
    add(
      'care-plan',
      'CarePlanApproved',
      planStream,
      approvedAt,
      {
        caseId,
        planId,
        version: 1,
        by: supervisor,
        approvedOn: new Date(approvedAt).toISOString().slice(0, 10),
      },
      approver,
    );
    for (let at = approvedAt + (75 + next() * 25) * DAY; at < endsAt; at += (75 + next() * 25) * DAY) {
      add('care-plan', 'CarePlanReviewed', planStream, at, {
        caseId,
        planId,
        reviewId: uuidv7(),
        reviewedOn: new Date(at).toISOString().slice(0, 10),
        by: worker,
        goals: [],
        nextReviewDueBy: new Date(at + 90 * DAY).toISOString().slice(0, 10),
      });
    }
  }

  // Referrals completed by a provider and followed up by the worker (some late, some not yet).
  for (let r = 0; r < 2; r++) {
    const completedAt = openedAt + (30 + next() * 120) * DAY;
    if (completedAt >= endsAt) continue;
    const referralId = uuidv7();
    const stream = referralStreamId('referral', referralId);
    const partner = { id: `pp-${n % 40}`, role: 'provider_partner' };
    add(
      'referral',
      'ReferralCompleted',
      stream,
      completedAt,
      {
        referralId,
        caseId,
        deliveredOn: new Date(completedAt).toISOString().slice(0, 10),
        followUpDueOn: new Date(completedAt + 30 * DAY).toISOString().slice(0, 10),
      },
      partner,
    );
    const followUpAt = completedAt + (3 + next() * 40) * DAY;
    if (followUpAt < endsAt) {
      add('referral', 'ReferralFollowedUp', stream, followUpAt, { referralId, caseId, result: 'need_met' });
    }
  }
  if (closesAt !== null && closesAt < HISTORY_ENDS.getTime()) {
    add('intake', 'CaseClosed', caseStream, closesAt, { caseId, from: 'active', outcome: 'goals_met', personal: null });
  }

  // Reads of the case up to the size: what intake's access log records beside the changes.
  const judged = events.length;
  const accessLog = intakeStreamId('access_log', clientId);
  for (let read = events.length; read < size; read++) {
    const at = openedAt + next() * (endsAt - openedAt);
    add('intake', 'RecordAccessed', accessLog, at, {
      subject: 'case',
      subjectId: caseId,
      view: 'GET /intake/cases/:caseId',
      role: 'case_manager',
    });
  }
  return { caseId, events, judged };
}
