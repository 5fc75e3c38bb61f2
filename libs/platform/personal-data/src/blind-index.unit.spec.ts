import { randomBytes } from 'node:crypto';
import { createBlindIndex } from './blind-index';

describe('blind index', () => {
  const masterKey = randomBytes(32).toString('base64');

  it('gives the same term for the same tenant, kind and value, and never the value itself', () => {
    const index = createBlindIndex(masterKey);
    const term = index.term('county-a', 'name', 'quinonez');
    expect(createBlindIndex(masterKey).term('county-a', 'name', 'quinonez')).toBe(term);
    expect(term).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(term).not.toContain('quinonez');
  });

  it('keeps tenants, kinds and master keys apart', () => {
    const index = createBlindIndex(masterKey);
    const term = index.term('county-a', 'name', 'quinonez');
    expect(index.term('county-b', 'name', 'quinonez')).not.toBe(term);
    expect(index.term('county-a', 'dob', 'quinonez')).not.toBe(term);
    expect(createBlindIndex(randomBytes(32).toString('base64')).term('county-a', 'name', 'quinonez')).not.toBe(term);
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => createBlindIndex(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
