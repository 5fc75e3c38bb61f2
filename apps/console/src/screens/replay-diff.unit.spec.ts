import { changesBetween } from './replay-diff';

describe('changesBetween', () => {
  it('names each value that changed, was added or went away, by its path', () => {
    const before = { status: 'opened', caseManagerId: null, needs: ['housing'], plan: { version: 1, goals: 2 } };
    const after = {
      status: 'opened',
      caseManagerId: 'cm-1',
      needs: ['housing', 'food'],
      plan: { version: 2, goals: 2 },
    };
    expect(changesBetween(before, after)).toEqual([
      { path: 'caseManagerId', before: 'null', after: '"cm-1"' },
      { path: 'needs', before: '["housing"]', after: '["housing","food"]' },
      { path: 'plan.version', before: '1', after: '2' },
    ]);
  });

  it('reports a state that appears where there was none', () => {
    expect(changesBetween(null, { status: 'opened' })).toEqual([
      { path: '(whole)', before: 'null', after: '{"status":"opened"}' },
    ]);
    expect(changesBetween({ a: 1 }, { a: 1, b: 2 })).toEqual([{ path: 'b', before: '—', after: '2' }]);
  });

  it('finds nothing between equal states', () => {
    expect(changesBetween({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});
