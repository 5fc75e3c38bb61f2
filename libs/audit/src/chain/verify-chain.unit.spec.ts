import type { AuditEntry } from './audit-entry';
import { chainHash, GENESIS_HASH, type CanonicalEvent } from './chain-hash';
import { verifyChain } from './verify-chain';

const TENANT = 'county-a';

function event(n: number, streamId: string, streamVersion: number, caseId?: string): CanonicalEvent {
  return {
    eventId: `0190f3a1-0000-7000-8000-${String(n).padStart(12, '0')}`,
    type: 'intake.CaseNoteAdded.v1',
    streamId,
    streamVersion,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 8, n)).toISOString(),
    recordedAt: new Date(Date.UTC(2026, 2, 1, 9, n)).toISOString(),
    data: { n },
    metadata: {
      tenantId: TENANT,
      actor: { id: 'cm-1', role: 'case_manager' },
      correlationId: `corr-${n}`,
      ...(caseId ? { caseId } : {}),
    },
  };
}

/** Entries as appendToChain writes them, each hashing the one before. */
function chainOf(events: readonly CanonicalEvent[]): AuditEntry[] {
  let previousHash = GENESIS_HASH;
  return events.map((canonical, index) => {
    const hash = chainHash(previousHash, canonical);
    const entry: AuditEntry = {
      tenantId: TENANT,
      sequence: index + 1,
      eventId: canonical.eventId,
      publishedType: canonical.type,
      service: 'intake',
      streamId: canonical.streamId,
      streamVersion: canonical.streamVersion,
      occurredAt: new Date(canonical.occurredAt),
      recordedAt: new Date(canonical.recordedAt),
      caseId: canonical.metadata.caseId ?? null,
      clientId: null,
      actor: canonical.metadata.actor,
      // As read back from jsonb: a parsed copy, keys in whatever order.
      event: JSON.parse(JSON.stringify(canonical)) as unknown,
      previousHash,
      hash,
    };
    previousHash = hash;
    return entry;
  });
}

const caseStream = 'intake.case-c1';
const fiveEvents = [
  event(1, caseStream, 1, 'c1'),
  event(2, caseStream, 2, 'c1'),
  event(3, 'intake.client-k1', 1),
  event(4, caseStream, 3, 'c1'),
  event(5, 'intake.client-k1', 2),
];

describe('verifyChain', () => {
  it('accepts an intact chain and names its head', () => {
    const entries = chainOf(fiveEvents);
    expect(verifyChain(entries)).toEqual({
      valid: true,
      entriesChecked: 5,
      head: { sequence: 5, hash: entries[4]!.hash },
    });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([])).toEqual({ valid: true, entriesChecked: 0 });
  });

  it('names an entry whose event was changed as altered', () => {
    const entries = chainOf(fiveEvents);
    const tampered = { ...(entries[2]!.event as CanonicalEvent), data: { n: 33 } };
    entries[2] = { ...entries[2]!, event: tampered };
    expect(verifyChain(entries)).toEqual({
      valid: false,
      entriesChecked: 3,
      firstProblem: {
        sequence: 3,
        eventId: fiveEvents[2]!.eventId,
        kind: 'altered',
        detail: expect.stringMatching(/stored hash/),
      },
    });
  });

  it('names an entry whose event was changed and rehashed as altered at the next entry', () => {
    const entries = chainOf(fiveEvents);
    const tampered = { ...(entries[1]!.event as CanonicalEvent), data: { n: 22 } };
    entries[1] = { ...entries[1]!, event: tampered, hash: chainHash(entries[1]!.previousHash, tampered) };
    // Entry 3 still says which entry 2 it followed: its own hash no longer covers the previous hash it now needs.
    entries[2] = { ...entries[2]!, previousHash: entries[1]!.hash };
    expect(verifyChain(entries).firstProblem).toMatchObject({ sequence: 3, kind: 'altered' });
  });

  it('names a column that no longer agrees with the hashed event as altered', () => {
    const entries = chainOf(fiveEvents);
    entries[3] = { ...entries[3]!, actor: { id: 'someone-else', role: 'case_manager' } };
    expect(verifyChain(entries).firstProblem).toEqual({
      sequence: 4,
      eventId: fiveEvents[3]!.eventId,
      kind: 'altered',
      detail: 'actor disagrees with the hashed event',
    });
  });

  it('names the first sequence number of a gap as missing', () => {
    const entries = chainOf(fiveEvents);
    expect(verifyChain([...entries.slice(0, 2), ...entries.slice(3)])).toEqual({
      valid: false,
      entriesChecked: 3,
      firstProblem: { sequence: 3, kind: 'missing', detail: 'entry 3 is missing: the chain goes on at 4' },
    });
    expect(verifyChain(entries.slice(2)).firstProblem).toMatchObject({
      sequence: 1,
      kind: 'missing',
      detail: 'entries 1 to 2 are missing: the chain goes on at 3',
    });
  });

  it('names an intact entry moved to another place as reordered', () => {
    const entries = chainOf(fiveEvents);
    // Rows 2 and 3 swap contents: each still hashes correctly over its own previous hash.
    const swapped = [
      entries[0]!,
      { ...entries[2]!, sequence: 2 },
      { ...entries[1]!, sequence: 3 },
      entries[3]!,
      entries[4]!,
    ];
    expect(verifyChain(swapped).firstProblem).toEqual({
      sequence: 2,
      eventId: fiveEvents[2]!.eventId,
      kind: 'reordered',
      detail: 'the entry is intact but its previous hash is not the hash of entry 1',
    });
  });

  it('names a first entry that does not start from the genesis hash as reordered', () => {
    const entries = chainOf(fiveEvents);
    expect(verifyChain([{ ...entries[1]!, sequence: 1 }]).firstProblem).toMatchObject({
      sequence: 1,
      kind: 'reordered',
      detail: 'the first entry does not start from the genesis hash',
    });
  });

  it('names a stream whose versions go backwards as reordered, even in a chain rebuilt to hash correctly', () => {
    const entries = chainOf([fiveEvents[0]!, fiveEvents[3]!, fiveEvents[1]!]);
    expect(verifyChain(entries).firstProblem).toEqual({
      sequence: 3,
      eventId: fiveEvents[1]!.eventId,
      kind: 'reordered',
      detail: 'intake.case-c1 version 2 comes after version 3 of the same stream',
    });
  });

  it('accepts a stream whose events under different partition keys arrived out of version order', () => {
    // Intake's access log of a client: reads of a case are keyed by the case, reads of the client by the client.
    const accessLog = 'intake.access_log-k1';
    const entries = chainOf([event(1, accessLog, 2), event(2, accessLog, 1, 'c1'), event(3, accessLog, 3)]);
    expect(verifyChain(entries)).toMatchObject({ valid: true, entriesChecked: 3 });
  });

  it('stops at the first problem', () => {
    const entries = chainOf(fiveEvents);
    entries[1] = { ...entries[1]!, hash: 'f'.repeat(64) };
    entries[3] = { ...entries[3]!, hash: 'e'.repeat(64) };
    expect(verifyChain(entries)).toMatchObject({ entriesChecked: 2, firstProblem: { sequence: 2, kind: 'altered' } });
  });
});
