import { compareLogPositions, laterLogPosition } from './log-position';

describe('log positions', () => {
  it('order by commit first, then by prepare', () => {
    const positions = [
      { commit: 12n, prepare: 3n },
      { commit: 10n, prepare: 900n },
      { commit: 12n, prepare: 1n },
      { commit: 10n, prepare: 7n },
    ];
    expect([...positions].sort(compareLogPositions)).toEqual([
      { commit: 10n, prepare: 7n },
      { commit: 10n, prepare: 900n },
      { commit: 12n, prepare: 1n },
      { commit: 12n, prepare: 3n },
    ]);
  });

  it('pick the later of two positions', () => {
    expect(laterLogPosition({ commit: 5n, prepare: 99n }, { commit: 6n, prepare: 1n })).toEqual({
      commit: 6n,
      prepare: 1n,
    });
    expect(laterLogPosition({ commit: 6n, prepare: 2n }, { commit: 6n, prepare: 1n })).toEqual({
      commit: 6n,
      prepare: 2n,
    });
  });
});
