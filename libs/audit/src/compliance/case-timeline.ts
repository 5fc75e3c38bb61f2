import type { ComplianceEvent } from './compliance-event';
import type { EventMatcher, FieldValue } from './rule-set';

/**
 * A case's visible events in the order they happened (occurred, then recorded, then id, so the order never depends
 * on the input's), indexed by published type; each rule's matchers get a sorted list of positions, grouped by the
 * correlating key, built once and searched by bisection.
 */
export class CaseTimeline {
  readonly events: readonly ComplianceEvent[];
  private readonly byType = new Map<string, number[]>();
  private readonly indexes = new Map<readonly EventMatcher[], Map<string, MatchIndex>>();

  constructor(events: readonly ComplianceEvent[]) {
    this.events = [...events].sort(
      (a, b) =>
        a.occurredAt.getTime() - b.occurredAt.getTime() ||
        a.recordedAt.getTime() - b.recordedAt.getTime() ||
        (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0),
    );
    this.events.forEach((event, position) => {
      const positions = this.byType.get(event.type);
      if (positions) positions.push(position);
      else this.byType.set(event.type, [position]);
    });
  }

  /** The positions of the events of a type, in order. */
  ofType(type: string): readonly number[] {
    return this.byType.get(type) ?? [];
  }

  /** The events any of the matchers match, grouped by the value of `key` (null: no grouping). */
  matching(matchers: readonly EventMatcher[], key: string | null): MatchIndex {
    let byKey = this.indexes.get(matchers);
    if (!byKey) {
      byKey = new Map();
      this.indexes.set(matchers, byKey);
    }
    const cached = byKey.get(key ?? '');
    if (cached) return cached;
    const found = new Set<number>();
    for (const matcher of matchers) {
      for (const position of this.ofType(matcher.type)) {
        if (matches(matcher, this.events[position] as ComplianceEvent)) found.add(position);
      }
    }
    const index = new MatchIndex(
      this.events,
      [...found].sort((a, b) => a - b),
      key,
    );
    byKey.set(key ?? '', index);
    return index;
  }
}

/** Positions of matching events; for a keyed rule, split by key value, with those that carry no key apart. */
export class MatchIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly keyless: number[] = [];

  constructor(
    private readonly events: readonly ComplianceEvent[],
    readonly positions: readonly number[],
    key: string | null,
  ) {
    if (key === null) return;
    for (const position of positions) {
      const value = keyOf(events[position] as ComplianceEvent, key);
      if (value === undefined) this.keyless.push(position);
      else {
        const group = this.byKey.get(value);
        if (group) group.push(position);
        else this.byKey.set(value, [position]);
      }
    }
  }

  /**
   * The first matching event after a position that concerns a key value: one carrying the same value, or one
   * carrying none (a case closed concerns every plan of the case). Without a value, the first of all.
   */
  firstAfter(position: number, keyValue: string | undefined): number | null {
    if (keyValue === undefined) return firstAbove(this.positions, position);
    const same = firstAbove(this.byKey.get(keyValue) ?? [], position);
    const keyless = firstAbove(this.keyless, position);
    if (same === null) return keyless;
    return keyless === null ? same : Math.min(same, keyless);
  }

  /** The matching events that occurred in [from, to), in order. */
  occurredWithin(from: Date, to: Date): readonly number[] {
    const start = this.firstOccurredAtOrAfter(from.getTime());
    const end = this.firstOccurredAtOrAfter(to.getTime());
    return this.positions.slice(start, end);
  }

  private firstOccurredAtOrAfter(time: number): number {
    let low = 0;
    let high = this.positions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const event = this.events[this.positions[middle] as number] as ComplianceEvent;
      if (event.occurredAt.getTime() < time) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Does the event have the matcher's type and every `where` field one of its values? */
export function matches(matcher: EventMatcher, event: ComplianceEvent): boolean {
  if (event.type !== matcher.type) return false;
  for (const [path, allowed] of Object.entries(matcher.where)) {
    const value = fieldOf(event.data, path);
    if (!allowed.includes(value as FieldValue)) return false;
  }
  return true;
}

/** The event's value of a correlating key, as text; undefined when it carries none. */
export function keyOf(event: ComplianceEvent, key: string): string | undefined {
  const value = fieldOf(event.data, key);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** A data field by dotted path; undefined where the path leads nowhere. */
export function fieldOf(data: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = data;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function firstAbove(sorted: readonly number[], position: number): number | null {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= position) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length ? (sorted[low] as number) : null;
}
