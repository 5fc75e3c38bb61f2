import { CONSOLE_ORIGINS_PATTERN, consoleOriginsOf } from './console-origins';

describe('the origins of a console deployed on its own', () => {
  it('lists each origin once, and none when unset', () => {
    expect(
      consoleOriginsOf('https://console.county.example, https://console.county.example,http://localhost:4200'),
    ).toEqual(['https://console.county.example', 'http://localhost:4200']);
    expect(consoleOriginsOf(undefined)).toEqual([]);
    expect(consoleOriginsOf('')).toEqual([]);
  });

  it('takes origins only: no path, no wildcard, no other scheme', () => {
    expect(CONSOLE_ORIGINS_PATTERN.test('https://console.county.example')).toBe(true);
    expect(CONSOLE_ORIGINS_PATTERN.test('https://a.example,http://localhost:4200')).toBe(true);
    for (const refused of ['*', 'https://a.example/console', 'ftp://a.example', 'https://a.example, https://b.example'])
      expect({ refused, matches: CONSOLE_ORIGINS_PATTERN.test(refused) }).toEqual({ refused, matches: false });
  });
});
