import { parseStreamMetadata, serializeStreamMetadata } from './stream-metadata';

describe('stream metadata', () => {
  it('survives a trip through JSON', () => {
    const metadata = {
      retainUntil: new Date('2036-06-30T00:00:00.000Z'),
      legalHold: { reason: 'subpoena', placedBy: 'auditor-1', placedAt: new Date('2026-11-02T10:00:00.000Z') },
    };
    expect(parseStreamMetadata(JSON.parse(JSON.stringify(serializeStreamMetadata(metadata))))).toEqual(metadata);
  });

  it('ignores keys it does not know and malformed holds', () => {
    expect(parseStreamMetadata({ $maxAge: 10, legalHold: { reason: 'x' } })).toEqual({});
    expect(parseStreamMetadata(null)).toEqual({});
  });
});
