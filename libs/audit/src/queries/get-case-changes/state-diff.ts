/** One difference between two values, at a JSON Pointer (RFC 6901) path; `''` is the whole value. */
export type StateChange =
  | { readonly op: 'added'; readonly path: string; readonly after: unknown }
  | { readonly op: 'removed'; readonly path: string; readonly before: unknown }
  | { readonly op: 'changed'; readonly path: string; readonly before: unknown; readonly after: unknown };

/**
 * The structural difference of two JSON values, deepest first where both sides are objects (or both arrays, index
 * by index): each key only in `after` is added, only in `before` removed, and a leaf that differs changed. Pure and
 * ordered (keys sorted), so the same two states always give the same list.
 */
export function diffStates(before: unknown, after: unknown, path = ''): StateChange[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: StateChange[] = [];
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
      changes.push(...diffMember(before[index], after[index], `${path}/${index}`));
    }
    return changes;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffMember(own(before, key), own(after, key), `${path}/${escapePointer(key)}`));
  }
  return sameValue(before, after) ? [] : [{ op: 'changed', path, before, after }];
}

// A member missing on one side (or undefined, which JSON drops) is added or removed as a whole.
function diffMember(before: unknown, after: unknown, path: string): StateChange[] {
  if (before !== undefined && after === undefined) return [{ op: 'removed', path, before }];
  if (before === undefined && after !== undefined) return [{ op: 'added', path, after }];
  if (before === undefined && after === undefined) return [];
  return diffStates(before, after, path);
}

// Only a value's own members: `constructor` in one state is not the prototype's in the other.
function own(value: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Date || b instanceof Date) return false;
  return Object.is(a, b);
}

// RFC 6901: `~` and `/` in a key are escaped so the path splits back into the same keys.
function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
