import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('writes the same text whatever order the keys were inserted in', () => {
    expect(canonicalJson({ eventId: 'e', data: { x: 1, w: 2 } })).toBe(
      canonicalJson({ data: { w: 2, x: 1 }, eventId: 'e' }),
    );
  });

  it('orders keys by UTF-16 code units, as RFC 8785 does', () => {
    // U+20AC (euro) sorts after U+000D and '1', and the surrogate pair of U+1F600 sorts before U+FB33 by code unit.
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '1': 'One',
      '\ud83d\ude00': 'Emoji',
      '\ufb33': 'Hebrew',
    };
    expect(canonicalJson(value)).toBe('{"\\r":"Carriage Return","1":"One","€":"Euro Sign","😀":"Emoji","דּ":"Hebrew"}');
  });

  it('prints numbers as JSON.stringify does', () => {
    expect(canonicalJson([1.0, -0, 1e21, 1e-7, 0.1 + 0.2, Number('333333333.33333329'), Number('4.5e-324')])).toBe(
      '[1,0,1e+21,1e-7,0.30000000000000004,333333333.3333333,5e-324]',
    );
  });

  it('escapes strings as JSON.stringify does, lone surrogates included', () => {
    expect(canonicalJson({ s: 'line\nquote" tab\t \u0001 \ud800' })).toBe(
      '{"s":"line\\nquote\\" tab\\t \\u0001 \\ud800"}',
    );
  });

  it('writes dates as ISO strings', () => {
    expect(canonicalJson({ at: new Date('2026-03-01T08:30:00.000Z') })).toBe('{"at":"2026-03-01T08:30:00.000Z"}');
  });

  it('leaves out properties whose value is undefined and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('refuses values JSON cannot carry rather than hashing a lossy text', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/\$\.n is NaN/);
    expect(() => canonicalJson({ n: Infinity })).toThrow(TypeError);
    expect(() => canonicalJson({ big: 1n })).toThrow(/bigint/);
    expect(() => canonicalJson({ when: new Date('not a date') })).toThrow(/invalid Date/);
    expect(() => canonicalJson({ map: new Map() })).toThrow(/Map, not a plain object/);
    expect(() => canonicalJson(undefined)).toThrow(/undefined/);
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });
});
