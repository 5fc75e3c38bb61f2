import type { CanonicalEvent } from '../../chain/chain-hash';
import { replayStream, type ReplayDecider } from './replay-stream';

type Seen = { readonly type: string; readonly data: Record<string, unknown>; readonly occurredAt: Date };

// Records what evolve was handed, so the spec can see the stored shape the trail rebuilds.
const recorder: ReplayDecider<readonly Seen[]> = {
  initialState: () => [],
  evolve: (state: readonly Seen[], event: Seen) => [...state, event],
};

function copy(streamVersion: number, type: string, data: Record<string, unknown>): CanonicalEvent {
  return {
    eventId: `0190f3a1-0000-7000-8000-00000000000${streamVersion}`,
    type,
    streamId: 'intake.case-c1',
    streamVersion,
    occurredAt: '2024-03-02T09:00:00.000Z',
    recordedAt: '2024-03-02T09:00:01.000Z',
    data,
    metadata: { tenantId: 'county-a', actor: { id: 'iw-1', role: 'intake_worker' }, correlationId: 'c' },
  };
}

describe('replayStream', () => {
  it('hands evolve the stored type and envelope of each audit copy, in order', () => {
    const replayed = replayStream(recorder, [
      copy(1, 'intake.CaseOpened.v1', { caseId: 'c1' }),
      copy(2, 'intake.CaseAssigned.v1', { caseId: 'c1', caseManagerId: 'cm-7' }),
    ]);
    expect(replayed.version).toBe(2);
    expect(replayed.eventsApplied).toBe(2);
    expect(replayed.state.map((event) => event.type)).toEqual(['CaseOpened', 'CaseAssigned']);
    expect(replayed.state[0]?.occurredAt).toEqual(new Date('2024-03-02T09:00:00.000Z'));
  });

  it('replays sealed personal data as null, wherever it sits', () => {
    const sealed = { $sealed: 'A256GCM', keyId: 'k', iv: 'i', tag: 't', ciphertext: 'x' };
    const replayed = replayStream(recorder, [
      copy(1, 'intake.CaseClosed.v1', { personal: sealed, notes: [{ personal: sealed }], outcome: 'goals_met' }),
    ]);
    expect(replayed.state[0]?.data).toEqual({ personal: null, notes: [{ personal: null }], outcome: 'goals_met' });
  });

  it('answers the initial state and version 0 for no events', () => {
    expect(replayStream(recorder, [])).toEqual({ state: [], version: 0, eventsApplied: 0 });
  });
});
