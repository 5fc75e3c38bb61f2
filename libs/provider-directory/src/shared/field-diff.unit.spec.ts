import { applyFields, diffFields, jsonEqual } from './field-diff';

describe('jsonEqual', () => {
  it('ignores the order of object keys but not of array items', () => {
    expect(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(jsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });

  it('treats an absent field as null', () => {
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(true);
    expect(jsonEqual(undefined, null)).toBe(true);
    expect(jsonEqual(null, 0)).toBe(false);
  });
});

describe('diffFields', () => {
  interface Fields {
    name?: string | null;
    minimum_age?: number | null;
    languages?: { id: string; code: string }[] | null;
  }
  const current: Fields = { name: 'Shelter', minimum_age: 18, languages: [{ id: 'l1', code: 'en' }] };

  it('returns only the fields that change', () => {
    expect(diffFields<Fields>(current, { name: 'Shelter', minimum_age: 16 })).toEqual({ minimum_age: 16 });
  });

  it('returns nothing when every named field is unchanged, nested collections included', () => {
    expect(diffFields<Fields>(current, { name: 'Shelter', languages: [{ code: 'en', id: 'l1' }] })).toEqual({});
  });

  it('leaves out fields the update does not name and keeps a null that clears a field', () => {
    expect(diffFields<Fields>(current, { languages: null })).toEqual({ languages: null });
    expect(diffFields<Fields>({}, { minimum_age: null })).toEqual({});
  });
});

describe('applyFields', () => {
  it('sets changed fields and removes cleared ones', () => {
    expect(
      applyFields<{ name?: string; alert?: string | null }>({ name: 'a', alert: 'x' }, { name: 'b', alert: null }),
    ).toEqual({
      name: 'b',
    });
  });
});
