import type { RecordedEvent, Upcasters } from './event-store.port';
import { upcastEvent, upcastEvents } from './upcasting';

const stored = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: '0190f3a2-7c1e-7000-8000-000000000001',
  type,
  streamId: 'intake.case-1',
  streamVersion: 1,
  globalPosition: 1n,
  logPosition: { commit: 10n, prepare: 1n },
  occurredAt: new Date('2026-01-01T00:00:00Z'),
  recordedAt: new Date('2026-01-01T00:00:01Z'),
  data,
  metadata: { tenantId: 't', actor: { id: 'a', role: 'r' }, correlationId: 'c' },
});

const upcasters: Upcasters = {
  'CaseOpened.v1': (e) => ({ ...e, type: 'CaseOpened.v2', data: { ...e.data, priority: 'routine' } }),
  'CaseOpened.v2': (e) => ({ ...e, type: 'CaseOpened.v3', data: { ...e.data, channel: 'walk-in' } }),
};

describe('upcasting', () => {
  it('chains upcasters until the event reaches the current version', () => {
    expect(upcastEvent(upcasters, stored('CaseOpened.v1', { clientId: 'c-1' }))).toMatchObject({
      type: 'CaseOpened.v3',
      data: { clientId: 'c-1', priority: 'routine', channel: 'walk-in' },
      streamVersion: 1,
    });
  });

  it('leaves events without an upcaster as they are', () => {
    const current = stored('CaseOpened.v3', { clientId: 'c-1' });
    expect(upcastEvent(upcasters, current)).toBe(current);
  });

  it('does not treat inherited object keys as upcasters', () => {
    const event = stored('toString', {});
    expect(upcastEvent({}, event)).toBe(event);
  });

  it('stops an upcaster that keeps the type after one step', () => {
    const sameType: Upcasters = { Note: (e) => ({ ...e, data: { ...e.data, trimmed: true } }) };
    expect(upcastEvent(sameType, stored('Note', {})).data).toEqual({ trimmed: true });
  });

  it('reports upcasters that cycle', () => {
    const cycle: Upcasters = { A: (e) => ({ ...e, type: 'B' }), B: (e) => ({ ...e, type: 'A' }) };
    expect(() => upcastEvent(cycle, stored('A', {}))).toThrow(/cycle/);
  });

  it('hands back the same batch when no upcaster is registered', () => {
    const batch = [stored('CaseOpened.v1', {})];
    expect(upcastEvents({}, batch)).toBe(batch);
  });
});
