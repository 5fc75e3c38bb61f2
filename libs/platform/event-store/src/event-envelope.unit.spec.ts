import { categoryOf, prepareAppend } from './event-envelope';
import type { EventMetadata, NewEvent } from './event-store.port';

const metadata: EventMetadata = {
  tenantId: 'tenant-a',
  actor: { id: 'worker-1', role: 'intake_worker' },
  correlationId: 'c-1',
};
const event = (extra: Partial<NewEvent> = {}): NewEvent => ({ type: 'CaseOpened', data: {}, metadata, ...extra });

describe('categoryOf', () => {
  it('takes the part of the stream id before the first dash', () => {
    expect(categoryOf('intake.case-0190f3a2-7c1e-7000-8000-000000000001')).toBe('intake.case');
    expect(categoryOf('referral.referral-42')).toBe('referral.referral');
  });

  it('keeps the dashes of a service name and cuts at the first dash of the aggregate part', () => {
    expect(categoryOf('care-plan.plan-0190f3a2-7c1e-7000-8000-000000000001')).toBe('care-plan.plan');
    expect(categoryOf('provider-directory.service_at_location-42')).toBe('provider-directory.service_at_location');
  });

  it('uses the whole id when there is no dash', () => {
    expect(categoryOf('settings')).toBe('settings');
  });
});

describe('prepareAppend', () => {
  it('fills in UUIDv7 event ids, occurredAt, the category and the tenant', () => {
    const now = new Date('2026-11-02T10:00:00.000Z');
    const prepared = prepareAppend(
      'intake.case-1',
      [event(), event({ occurredAt: new Date('2026-10-01T00:00:00Z') })],
      'any',
      now,
    );
    expect(prepared).toMatchObject({ streamId: 'intake.case-1', category: 'intake.case', tenantId: 'tenant-a' });
    expect(prepared.events.map((e) => e.eventId)).toEqual([
      expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      expect.stringMatching(/^[0-9a-f-]{36}$/),
    ]);
    expect(prepared.events.map((e) => e.occurredAt.toISOString())).toEqual([
      '2026-11-02T10:00:00.000Z',
      '2026-10-01T00:00:00.000Z',
    ]);
  });

  it('keeps a given event id, lower-cased', () => {
    const prepared = prepareAppend(
      'intake.case-1',
      [event({ eventId: '0190F3A2-7C1E-7000-8000-00000000000A' })],
      'any',
    );
    expect(prepared.events[0]?.eventId).toBe('0190f3a2-7c1e-7000-8000-00000000000a');
  });

  it.each([
    ['no events', 'intake.case-1', [] as NewEvent[], 'any' as const],
    ['an empty stream id', '', [event()], 'any' as const],
    ['a system stream id', '$all', [event()], 'any' as const],
    ['a negative expected version', 'intake.case-1', [event()], -1],
    ['a fractional expected version', 'intake.case-1', [event()], 1.5],
    [
      'an event without a tenant',
      'intake.case-1',
      [event({ metadata: { ...metadata, tenantId: '' } })],
      'any' as const,
    ],
    [
      'events of two tenants',
      'intake.case-1',
      [event(), event({ metadata: { ...metadata, tenantId: 'tenant-b' } })],
      'any' as const,
    ],
    ['an event id that is not a UUID', 'intake.case-1', [event({ eventId: 'case-opened-1' })], 'any' as const],
    [
      'the same event id twice',
      'intake.case-1',
      [
        event({ eventId: '0190f3a2-7c1e-7000-8000-00000000000a' }),
        event({ eventId: '0190F3A2-7C1E-7000-8000-00000000000A' }),
      ],
      'any' as const,
    ],
    ['an event without a type', 'intake.case-1', [event({ type: '' })], 'any' as const],
    ['an invalid occurredAt', 'intake.case-1', [event({ occurredAt: new Date('not a date') })], 'any' as const],
  ])('refuses %s as an invalid append', (_case, streamId, events, expectedVersion) => {
    expect(() => prepareAppend(streamId, events, expectedVersion)).toThrow(
      expect.objectContaining({ code: 'EVENT_STORE.INVALID_APPEND', kind: 'invalid' }),
    );
  });
});
