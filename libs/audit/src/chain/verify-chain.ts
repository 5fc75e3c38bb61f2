import { canonicalJson } from './canonical-json';
import { chainHash, GENESIS_HASH } from './chain-hash';
import type { AuditEntry } from './audit-entry';

/** How an entry failed verification. */
export type ChainProblemKind = 'altered' | 'missing' | 'reordered';

export interface ChainProblem {
  /** The entry at fault; for `missing`, the first sequence number that is not there. */
  readonly sequence: number;
  readonly eventId?: string;
  readonly kind: ChainProblemKind;
  readonly detail: string;
}

export interface ChainVerification {
  readonly valid: boolean;
  /** Entries read up to the first problem, or all of them. */
  readonly entriesChecked: number;
  /** The last entry of a valid chain: publish its hash elsewhere to make the tail provable too. */
  readonly head?: { readonly sequence: number; readonly hash: string };
  readonly firstProblem?: ChainProblem;
}

/**
 * Walks one tenant's chain entry by entry, in sequence order, and stops at the first problem: a gap in the
 * sequence (`missing`), an entry whose hash or columns no longer match its event (`altered`), or an entry that is
 * intact but sits in the wrong place (`reordered`: its previous hash names another entry, or a stream's versions
 * go backwards). Pure: feed it rows from any reader.
 */
export class ChainVerifier {
  private previous: { readonly sequence: number; readonly hash: string } | undefined;
  private checked = 0;
  private problem: ChainProblem | undefined;
  // Last version per stream and partition key: only events sharing both are delivered in order by every source.
  private readonly streamVersions = new Map<string, number>();

  /** Checks the next entry; false once a problem is found (further entries are ignored). */
  check(entry: AuditEntry): boolean {
    if (this.problem) return false;
    this.checked += 1;
    this.problem = this.problemOf(entry);
    if (this.problem) return false;
    this.previous = { sequence: entry.sequence, hash: entry.hash };
    return true;
  }

  result(): ChainVerification {
    if (this.problem) return { valid: false, entriesChecked: this.checked, firstProblem: this.problem };
    return { valid: true, entriesChecked: this.checked, ...(this.previous ? { head: this.previous } : {}) };
  }

  private problemOf(entry: AuditEntry): ChainProblem | undefined {
    const expectedSequence = (this.previous?.sequence ?? 0) + 1;
    if (entry.sequence !== expectedSequence) {
      const last = entry.sequence - 1;
      return {
        sequence: expectedSequence,
        kind: 'missing',
        detail:
          last === expectedSequence
            ? `entry ${expectedSequence} is missing: the chain goes on at ${entry.sequence}`
            : `entries ${expectedSequence} to ${last} are missing: the chain goes on at ${entry.sequence}`,
      };
    }
    const at = (kind: ChainProblemKind, detail: string): ChainProblem => ({
      sequence: entry.sequence,
      eventId: entry.eventId,
      kind,
      detail,
    });

    const recomputed = recomputeHash(entry);
    if (recomputed !== entry.hash) {
      return at('altered', 'the stored hash does not match the hash of the stored event and previous hash');
    }
    const disagreement = columnDisagreement(entry);
    if (disagreement) return at('altered', `${disagreement} disagrees with the hashed event`);

    const expectedPrevious = this.previous?.hash ?? GENESIS_HASH;
    if (entry.previousHash !== expectedPrevious) {
      return at(
        'reordered',
        entry.sequence === 1
          ? 'the first entry does not start from the genesis hash'
          : `the entry is intact but its previous hash is not the hash of entry ${entry.sequence - 1}`,
      );
    }

    const streamKey = `${entry.streamId}\u0000${entry.caseId ?? ''}`;
    const lastVersion = this.streamVersions.get(streamKey);
    if (lastVersion !== undefined && entry.streamVersion <= lastVersion) {
      return at(
        'reordered',
        `${entry.streamId} version ${entry.streamVersion} comes after version ${lastVersion} of the same stream`,
      );
    }
    this.streamVersions.set(streamKey, entry.streamVersion);
    return undefined;
  }
}

/** Verifies a whole chain given in sequence order. */
export function verifyChain(entries: Iterable<AuditEntry>): ChainVerification {
  const verifier = new ChainVerifier();
  for (const entry of entries) if (!verifier.check(entry)) break;
  return verifier.result();
}

function recomputeHash(entry: AuditEntry): string | undefined {
  try {
    return chainHash(entry.previousHash, entry.event);
  } catch {
    // A stored event that is no longer JSON-encodable cannot be what was hashed.
    return undefined;
  }
}

/** The first column that no longer says what the hashed event says, if any. */
function columnDisagreement(entry: AuditEntry): string | undefined {
  const event = asRecord(entry.event);
  const metadata = asRecord(event?.['metadata']);
  if (!event || !metadata) return 'the event';
  const sameInstant = (column: Date, value: unknown) =>
    typeof value === 'string' && new Date(value).getTime() === column.getTime();
  const checks: readonly [string, boolean][] = [
    ['event_id', event['eventId'] === entry.eventId],
    ['published_type', event['type'] === entry.publishedType],
    ['service', entry.publishedType.startsWith(`${entry.service}.`)],
    ['stream_id', event['streamId'] === entry.streamId],
    ['stream_version', event['streamVersion'] === entry.streamVersion],
    ['occurred_at', sameInstant(entry.occurredAt, event['occurredAt'])],
    ['recorded_at', sameInstant(entry.recordedAt, event['recordedAt'])],
    ['tenant_id', metadata['tenantId'] === entry.tenantId],
    ['case_id', (metadata['caseId'] ?? null) === entry.caseId],
    ['client_id', (metadata['clientId'] ?? null) === entry.clientId],
    ['actor', sameJson(metadata['actor'], entry.actor)],
  ];
  return checks.find(([, agrees]) => !agrees)?.[0];
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
