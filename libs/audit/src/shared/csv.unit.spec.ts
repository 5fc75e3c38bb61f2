import { csvField, csvOf } from './csv';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and neutralises a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(['name', 'phone'])).toBe('name phone');
  });

  it('writes a header and one line per row', () => {
    const rows = [{ id: 1, what: 'a,b' }];
    expect(
      csvOf<(typeof rows)[number]>(
        [
          ['id', (r) => r.id],
          ['what', (r) => r.what],
        ],
        rows,
      ),
    ).toBe('id,what\r\n1,"a,b"\r\n');
  });
});
