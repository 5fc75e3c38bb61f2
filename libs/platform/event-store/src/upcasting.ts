import type { RecordedEvent, Upcasters } from './event-store.port';

// An upcaster may hand over to the next version's upcaster (v1 -> v2 -> v3); a cycle is a programming error.
const MAX_UPCAST_STEPS = 32;

/** Applies the registered upcasters to a stored event until its type has none left. */
export function upcastEvent(upcasters: Upcasters, event: RecordedEvent): RecordedEvent {
  let current = event;
  for (let step = 0; step < MAX_UPCAST_STEPS; step += 1) {
    const upcaster = Object.hasOwn(upcasters, current.type) ? upcasters[current.type] : undefined;
    if (upcaster === undefined) return current;
    const next = upcaster(current);
    if (next.type === current.type) return next;
    current = next;
  }
  throw new Error(`Upcasters for ${event.type} do not settle after ${MAX_UPCAST_STEPS} steps: is there a cycle?`);
}

/** Upcasts a batch; returns the same array when no upcaster is registered. */
export function upcastEvents(upcasters: Upcasters, events: RecordedEvent[]): RecordedEvent[] {
  if (Object.keys(upcasters).length === 0) return events;
  return events.map((event) => upcastEvent(upcasters, event));
}
