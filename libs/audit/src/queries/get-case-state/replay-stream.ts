import { parsePublishedType } from '@casemgmt/messaging';
import { isSealedPersonalData } from '@casemgmt/personal-data';
import type { CanonicalEvent } from '../../chain/chain-hash';

/**
 * The part of an owning service's decider a replay needs. `evolve` takes the service's own event union; the audit
 * trail hands it the stored shape (stored type, data, envelope) of each audit copy.
 */
export interface ReplayDecider<S = unknown> {
  initialState(): S;
  evolve(state: S, event: never): S;
}

export interface Replayed<S> {
  readonly state: S;
  /** Stream version of the last event folded in; 0 when none was. */
  readonly version: number;
  readonly eventsApplied: number;
}

/**
 * Folds audit copies of one stream's events, in stream order, with the owning service's `evolve`. Published types
 * are mapped back to stored ones (`intake.CaseOpened.v1` -> `CaseOpened`); sealed personal data reads as `null`,
 * as it does after crypto-shredding, because the trail keeps ciphertext and holds no keys.
 */
export function replayStream<S>(decider: ReplayDecider<S>, events: readonly CanonicalEvent[]): Replayed<S> {
  let state = decider.initialState();
  let version = 0;
  for (const event of events) {
    const storedType = parsePublishedType(event.type)?.storedType ?? event.type;
    const stored = {
      eventId: event.eventId,
      type: storedType,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      occurredAt: new Date(event.occurredAt),
      recordedAt: new Date(event.recordedAt),
      data: withoutSealedData(event.data),
      metadata: event.metadata,
    };
    state = decider.evolve(state, stored as never);
    version = event.streamVersion;
  }
  return { state, version, eventsApplied: events.length };
}

function withoutSealedData<T>(value: T): T {
  if (isSealedPersonalData(value)) return null as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutSealedData(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, withoutSealedData(item)]),
    ) as T;
  }
  return value;
}
