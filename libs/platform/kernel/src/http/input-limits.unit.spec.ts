import { jsonShapeProblem, pathParamViolations, stringViolations } from './input-limits';

describe('jsonShapeProblem', () => {
  it('counts the nesting of arrays and objects, and nothing inside strings', () => {
    expect(jsonShapeProblem('{"a":[{"b":[]}]}', 4)).toBeUndefined();
    expect(jsonShapeProblem('{"a":[{"b":[]}]}', 3)).toBe('too-deep');
    expect(jsonShapeProblem('{"a":"[[[[[[[[\\"[[[["}', 1)).toBeUndefined();
    expect(jsonShapeProblem('["\\\\", [[]]]', 2)).toBe('too-deep');
  });

  it('scans 500,000 levels without recursion', () => {
    expect(jsonShapeProblem('['.repeat(500_000))).toBe('too-deep');
  });

  it('counts the items of each array and the members of each object, commas inside strings aside', () => {
    const list = (n: number) => `[${new Array(n).fill('1').join(',')}]`;
    expect(jsonShapeProblem(`{"a":${list(1_000)},"b":${list(1_000)}}`)).toBeUndefined();
    expect(jsonShapeProblem(`{"a":${list(1_001)}}`)).toBe('too-many-items');
    const members = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":1`).join(',')}}`;
    expect(jsonShapeProblem(members(1_001))).toBe('too-many-items');
    expect(jsonShapeProblem(`["${','.repeat(5_000)}"]`)).toBeUndefined();
  });
});

describe('stringViolations', () => {
  it('names each string holding a NUL character by its dotted path, keys included', () => {
    expect(stringViolations({ a: 'ok', b: ['x', 'y\u0000'], c: { 'k\u0000': 1 } })).toEqual([
      { field: 'b.1', reasons: ['b.1 must not contain NUL characters'] },
      { field: 'c.k\\u0000', reasons: ['the name c.k\\u0000 must not contain NUL characters'] },
    ]);
  });

  it('refuses half a surrogate pair and accepts a whole one', () => {
    expect(stringViolations({ name: '\ud800x' })).toEqual([
      { field: 'name', reasons: ['name must be well-formed Unicode (half of a surrogate pair found)'] },
    ]);
    expect(stringViolations({ name: 'Zoë 😀' })).toEqual([]);
  });

  it('walks any depth iteratively', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(stringViolations(deep)).toHaveLength(1);
  });
});

describe('pathParamViolations', () => {
  it('takes UUIDs in either case, and another pattern only where one is named', () => {
    expect(pathParamViolations({ id: '0192F4C5-7A3E-7B8C-9D0E-1F2A3B4C5D6E' })).toEqual([]);
    expect(pathParamViolations({ id: 'x' })).toEqual([{ field: 'id', reasons: ['id must be a UUID'] }]);
    expect(pathParamViolations({ sub: 'cm-17' }, { sub: /^[a-z0-9-]+$/ })).toEqual([]);
  });
});
