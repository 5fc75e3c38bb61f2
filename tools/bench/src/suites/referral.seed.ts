import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { PersonalDataVault } from '@casemgmt/personal-data';

// A tenant as the referral benchmark needs it: referrals of many cases to many organisations, one of which (the
// partner whose inbox is read) has 5,000 of them sent and spread over the statuses. Each referral is its own stream
// of the events referral's decider records, appended through the event store's own append function (the same SQL
// every append runs), so that referral's consumers build their read model from them as they would in use.

export const SEED_TENANT = 'county-referral-bench';
/** The organisation whose inbox the benchmark reads; it is also in the directory, to draft referrals to it. */
export const PARTNER = {
  organizationId: '0190f3a0-4444-7000-8000-00000000b001',
  name: 'Harbor House',
  serviceId: '0190f3a0-4444-7000-8000-00000000b002',
  locationId: '0190f3a0-4444-7000-8000-00000000b003',
  placementId: '0190f3a0-4444-7000-8000-00000000b004',
} as const;
/** Other organisations the seeded referrals go to. */
const OTHER_ORGANIZATIONS = 200;
/** Referrals a seeded case has (each case's needs are referred to different organisations). */
const REFERRALS_PER_CASE = 2;

export interface ReferralSeedPlan {
  /** Events to append in the tenant, all referral events. */
  readonly events: number;
  /** The partner's referrals among them, all sent. */
  readonly partnerReferrals: number;
}

export interface ReferralSeedResult {
  readonly events: number;
  readonly referrals: number;
  readonly partnerReferrals: number;
  /** The partner's referrals by the status they end in. */
  readonly partnerByStatus: Readonly<Record<string, number>>;
}

type NewEvent = { event_id: string; type: string; data: object; metadata: object; occurred_at: string };
type Stream = { stream: string; category: string; events: NewEvent[] };

/** A referral's path through the loop after its draft: the moves recorded, and the status it ends in. */
interface Path {
  readonly status: string;
  readonly sent: boolean;
  /** After the send: the moves, each `to` of a ReferralStatusChanged or an ending event's type. */
  readonly moves: readonly string[];
}

const PATHS: Readonly<Record<string, Path>> = {
  draft: { status: 'draft', sent: false, moves: [] },
  requested: { status: 'requested', sent: true, moves: [] },
  accepted: { status: 'accepted', sent: true, moves: ['accepted'] },
  rejected: { status: 'rejected', sent: true, moves: ['rejected'] },
  'in-progress': { status: 'in-progress', sent: true, moves: ['accepted', 'in-progress'] },
  'on-hold': { status: 'on-hold', sent: true, moves: ['accepted', 'in-progress', 'on-hold'] },
  failed: { status: 'failed', sent: true, moves: ['accepted', 'failed'] },
  completed: { status: 'completed', sent: true, moves: ['accepted', 'in-progress', 'completed', 'followed-up'] },
  cancelled: { status: 'cancelled', sent: true, moves: ['cancelled'] },
};
// How referrals end, by weight: most are answered and many completed; some are still awaiting an answer.
const PARTNER_CYCLE: readonly string[] = [
  'requested',
  'accepted',
  'completed',
  'in-progress',
  'rejected',
  'accepted',
  'completed',
  'on-hold',
  'requested',
  'failed',
  'completed',
  'cancelled',
];
const OTHERS_CYCLE: readonly string[] = [...PARTNER_CYCLE, 'draft'];

const eventsOf = (path: Path): number => 1 + (path.sent ? 2 + path.moves.length : 0);
const meanEvents = (cycle: readonly string[]): number =>
  cycle.reduce((sum, status) => sum + eventsOf(PATHS[status] as Path), 0) / cycle.length;

interface SeedReferral {
  readonly referralId: string;
  readonly caseId: string;
  readonly clientId: string;
  readonly partner: boolean;
  readonly organizationId: string;
  readonly serviceId: string;
  readonly locationId: string;
  readonly path: Path;
  readonly index: number;
}

const NEEDS = ['housing', 'income', 'food', 'mental_health', 'transportation'] as const;
const REASONS = ['lack_of_capacity', 'not_eligible', 'unable_to_contact_client'] as const;

/** The streams of one referral: its draft, and from its send on, the disclosure and the partner's moves. */
async function streamOf(seeded: SeedReferral, vault: PersonalDataVault): Promise<Stream> {
  const { referralId, caseId, clientId, path, index } = seeded;
  const draftedAt = Date.parse('2025-01-06T15:00:00Z') + index * 60_000;
  const at = (hours: number) => new Date(draftedAt + hours * 3_600_000).toISOString();
  const caseManager = `cm-${String(Math.floor(index / 160)).padStart(4, '0')}`;
  const partner = `pp-${seeded.organizationId.slice(-4)}`;
  const event = (type: string, data: object, actor: string, role: string, hours: number): NewEvent => ({
    event_id: uuidv7(),
    type,
    data: { referralId, caseId, ...data },
    metadata: { tenantId: SEED_TENANT, actor: { id: actor, role }, correlationId: randomUUID(), caseId, clientId },
    occurred_at: at(hours),
  });
  const events: NewEvent[] = [
    event(
      'ReferralDrafted',
      {
        program: 'adult-behavioral-health',
        need: NEEDS[index % NEEDS.length],
        goalId: null,
        target: {
          organizationId: seeded.organizationId,
          serviceId: seeded.serviceId,
          locationId: seeded.locationId,
          listingVersion: 1,
        },
        warnings: [],
        by: caseManager,
      },
      caseManager,
      'case_manager',
      0,
    ),
  ];
  if (path.sent) {
    // The partner's disclosures are sealed with the client's key through the real vault, so its inbox opens them;
    // the others' are left unreadable (null), as after an erasure.
    const values = { name: `Client ${index}`, housingNeed: 'identified' };
    const personal = seeded.partner ? await vault.seal(SEED_TENANT, clientId, { values }) : null;
    events.push(
      event('ReferralRequested', { answerDueAt: at(75), by: caseManager }, caseManager, 'case_manager', 1),
      event(
        'ReferralDisclosed',
        {
          recipientOrganizationId: seeded.organizationId,
          consentId: randomUUID(),
          purpose: 'referral',
          informationCategories: ['demographics', 'housing'],
          fields: ['name', 'housingNeed'],
          redisclosureNotice: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
          by: caseManager,
          personal,
        },
        caseManager,
        'case_manager',
        1,
      ),
    );
  }
  let from = 'requested';
  path.moves.forEach((move, n) => {
    const hours = 24 * (n + 1);
    const responder = (type: string, data: object) =>
      event(type, { from, by: partner, ...data }, partner, 'provider_partner', hours);
    switch (move) {
      case 'rejected':
        events.push(responder('ReferralRejected', { reason: REASONS[index % REASONS.length] }));
        break;
      case 'failed':
        events.push(responder('ReferralFailed', { reason: REASONS[index % REASONS.length] }));
        break;
      case 'completed':
        events.push(
          responder('ReferralCompleted', {
            deliveredOn: at(hours).slice(0, 10),
            followUpDueOn: new Date(Date.parse(at(hours)) + 30 * 86_400_000).toISOString().slice(0, 10),
            personal: null,
          }),
        );
        break;
      case 'followed-up':
        events.push(
          event('ReferralFollowedUp', { result: 'need_met', by: caseManager }, caseManager, 'case_manager', hours),
        );
        break;
      case 'cancelled':
        events.push(
          event(
            'ReferralStatusChanged',
            { from, to: 'cancelled', party: 'requester', by: caseManager },
            caseManager,
            'case_manager',
            hours,
          ),
        );
        break;
      default:
        events.push(responder('ReferralStatusChanged', { to: move, party: 'responder' }));
    }
    from = move;
  });
  return { stream: `referral.referral-${referralId}`, category: 'referral.referral', events };
}

/**
 * Appends referrals until the tenant holds `plan.events` events, `batch` referrals to a transaction on each of
 * `parallel` connections. The partner's referrals are spread evenly through the run, so their rows' `updated_at`
 * (the append's instant) spreads over it as a partner's inbox does over time.
 */
export async function seedReferrals(
  pool: Pool,
  vault: PersonalDataVault,
  plan: ReferralSeedPlan,
  log: (line: string) => void,
  options: { readonly batch?: number; readonly parallel?: number } = {},
): Promise<ReferralSeedResult> {
  const batch = options.batch ?? 100;
  const parallel = options.parallel ?? 4;
  const othersPerEvent = meanEvents(OTHERS_CYCLE);
  const partnerEvents = plan.partnerReferrals * meanEvents(PARTNER_CYCLE);
  const total = plan.partnerReferrals + Math.max(0, Math.round((plan.events - partnerEvents) / othersPerEvent));
  const stride = plan.partnerReferrals > 0 ? Math.max(1, Math.floor(total / plan.partnerReferrals)) : Infinity;
  const organizations = Array.from({ length: OTHER_ORGANIZATIONS }, () => ({
    organizationId: randomUUID(),
    serviceId: randomUUID(),
    locationId: randomUUID(),
  }));
  const partnerByStatus: Record<string, number> = {};
  let partners = 0;
  let others = 0;
  let caseId = randomUUID();
  let clientId = randomUUID();
  const referralAt = (index: number): SeedReferral => {
    if (index % REFERRALS_PER_CASE === 0) {
      caseId = randomUUID();
      clientId = randomUUID();
    }
    const partner = index % stride === 0 && partners < plan.partnerReferrals;
    const status = partner
      ? (PARTNER_CYCLE[partners++ % PARTNER_CYCLE.length] as string)
      : (OTHERS_CYCLE[others++ % OTHERS_CYCLE.length] as string);
    if (partner) partnerByStatus[status] = (partnerByStatus[status] ?? 0) + 1;
    const target = partner ? PARTNER : (organizations[index % organizations.length] as (typeof organizations)[number]);
    return {
      referralId: randomUUID(),
      caseId,
      clientId,
      partner,
      organizationId: target.organizationId,
      serviceId: target.serviceId,
      locationId: target.locationId,
      path: PATHS[status] as Path,
      index,
    };
  };
  let next = 0;
  let appended = 0;
  let reported = 0;
  const started = Date.now();
  const worker = async (): Promise<void> => {
    for (;;) {
      const from = next;
      next += batch;
      if (from >= total) return;
      const referrals = Array.from({ length: Math.min(batch, total - from) }, (_, n) => referralAt(from + n));
      const streams = await Promise.all(referrals.map((referral) => streamOf(referral, vault)));
      const { rows } = await pool.query<{ outcome: string }>(
        `SELECT (event_store.append_to_stream(s.stream, s.category, $2, 0, s.events)).r_outcome AS outcome
           FROM json_to_recordset($1::json) AS s(stream text, category text, events json)`,
        [JSON.stringify(streams), SEED_TENANT],
      );
      const refused = rows.find((row) => row.outcome !== 'appended');
      if (refused) throw new Error(`seeding: an append answered ${refused.outcome}`);
      appended += streams.reduce((sum, stream) => sum + stream.events.length, 0);
      if (appended - reported >= 100_000) {
        reported = appended;
        log(`seeded ${appended} events (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { events: appended, referrals: total, partnerReferrals: partners, partnerByStatus };
}
