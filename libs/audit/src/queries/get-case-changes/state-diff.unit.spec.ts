import { diffStates } from './state-diff';

describe('diffStates', () => {
  it('finds nothing between equal states', () => {
    const state = { status: 'opened', team: { id: 't' }, notes: [1, 2] };
    expect(diffStates(state, structuredClone(state))).toEqual([]);
  });

  it('names added, removed and changed leaves by JSON Pointer, keys in order', () => {
    expect(
      diffStates(
        { status: 'opened', caseManagerId: null, closedAt: '2024-01-01', team: { id: 'north' } },
        { status: 'assigned', caseManagerId: 'cm-7', priority: 'urgent', team: { id: 'south' } },
      ),
    ).toEqual([
      { op: 'changed', path: '/caseManagerId', before: null, after: 'cm-7' },
      { op: 'removed', path: '/closedAt', before: '2024-01-01' },
      { op: 'added', path: '/priority', after: 'urgent' },
      { op: 'changed', path: '/status', before: 'opened', after: 'assigned' },
      { op: 'changed', path: '/team/id', before: 'north', after: 'south' },
    ]);
  });

  it('compares arrays index by index, an item added at the end as added', () => {
    expect(
      diffStates(
        { referrals: [{ status: 'requested' }] },
        { referrals: [{ status: 'accepted' }, { status: 'draft' }] },
      ),
    ).toEqual([
      { op: 'changed', path: '/referrals/0/status', before: 'requested', after: 'accepted' },
      { op: 'added', path: '/referrals/1', after: { status: 'draft' } },
    ]);
  });

  it('reports a value that changes kind (object to null, array to object) as one change', () => {
    expect(diffStates({ plan: { id: 'p' } }, { plan: null })).toEqual([
      { op: 'changed', path: '/plan', before: { id: 'p' }, after: null },
    ]);
    expect(diffStates([1], { 0: 1 })).toEqual([{ op: 'changed', path: '', before: [1], after: { 0: 1 } }]);
  });

  it('treats a missing side as added or removed as a whole', () => {
    expect(diffStates({ before: null }, { before: null, state: { exists: true } })).toEqual([
      { op: 'added', path: '/state', after: { exists: true } },
    ]);
  });

  it('escapes ~ and / in keys (RFC 6901) and compares dates by instant', () => {
    expect(diffStates({ 'a/b': 1, 'c~d': 1 }, { 'a/b': 2, 'c~d': 2 }).map((c) => c.path)).toEqual(['/a~1b', '/c~0d']);
    expect(diffStates({ at: new Date('2024-01-01') }, { at: new Date('2024-01-01') })).toEqual([]);
  });
});
