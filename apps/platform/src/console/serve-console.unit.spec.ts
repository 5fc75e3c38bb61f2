import { asksForPage, consoleRoutesOf } from './serve-console';

describe('consoleRoutesOf', () => {
  it('reads the screens’ paths the console’s build lists', () => {
    expect(consoleRoutesOf('["/","/cases/:caseId"]')).toEqual(['/', '/cases/:caseId']);
  });

  it('refuses anything but a list of absolute paths', () => {
    expect(() => consoleRoutesOf('{"home":"/"}')).toThrow(/list of paths/);
    expect(() => consoleRoutesOf('["cases"]')).toThrow(/list of paths/);
  });
});

describe('asksForPage', () => {
  it('is true for a browser opening a page, which names text/html', () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    expect(asksForPage({ headers: { accept: browser } })).toBe(true);
  });

  it('is false for an API client, which asks for JSON, anything, or says nothing', () => {
    expect(asksForPage({ headers: { accept: 'application/json' } })).toBe(false);
    expect(asksForPage({ headers: { accept: '*/*' } })).toBe(false);
    expect(asksForPage({ headers: {} })).toBe(false);
  });
});
