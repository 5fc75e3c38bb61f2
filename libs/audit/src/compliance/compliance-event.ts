import { instantOf } from '@casemgmt/kernel';
import type { AuditEntry } from '../chain/audit-entry';

/** Who did what an event records, as its envelope names them. */
export interface ComplianceActor {
  readonly id: string;
  readonly role: string;
}

/** One event of a case as the rules read it: its published type, data and both of its times. */
export interface ComplianceEvent {
  readonly eventId: string;
  /** The published type, e.g. `care-plan.ContactRecorded.v1`. */
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** When it happened: for a back-dated record, the time the worker gave. */
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly actor: ComplianceActor | null;
}

/** What of an audit entry the rules read: a reader may select only these columns. */
export type ComplianceSource = Pick<
  AuditEntry,
  'eventId' | 'publishedType' | 'event' | 'occurredAt' | 'recordedAt' | 'actor'
>;

/**
 * The compliance view of an audit entry. A back-dated record (a contact entered days later) carries the instant it
 * happened in its data's `occurredAt`, while its envelope says when it was decided: the data's instant is the one
 * the rules judge. A date-only field (`reviewedOn`) fixes no instant and is left to the envelope.
 */
export function complianceEventOf(entry: ComplianceSource): ComplianceEvent {
  const event = isRecord(entry.event) ? entry.event : {};
  const data = isRecord(event['data']) ? event['data'] : {};
  const stated = typeof data['occurredAt'] === 'string' ? instantOf(data['occurredAt']) : null;
  return {
    eventId: entry.eventId,
    type: entry.publishedType,
    data,
    occurredAt: stated ?? entry.occurredAt,
    recordedAt: entry.recordedAt,
    actor: actorOf(entry.actor),
  };
}

function actorOf(value: unknown): ComplianceActor | null {
  if (!isRecord(value) || typeof value['id'] !== 'string' || typeof value['role'] !== 'string') return null;
  return { id: value['id'], role: value['role'] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
