/**
 * Structural equality of JSON values: object keys in any order, arrays in order, and an absent field equal to
 * `null` (HSDS documents leave out what other documents send as null).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || a === null) return b === undefined || b === null;
  if (b === undefined || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) if (!jsonEqual(left[key], right[key])) return false;
    return true;
  }
  return false;
}

/**
 * The fields of `desired` whose value differs from `current`: what an update event carries. Fields `desired` does
 * not name are left alone; a `null` clears a field.
 */
export function diffFields<T extends object>(current: T, desired: Partial<T>): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(desired) as (keyof T)[]) {
    const value = desired[key];
    if (value === undefined) continue;
    if (!jsonEqual(current[key], value)) changed[key] = value;
  }
  return changed;
}

/** Applies an update's changed fields; a `null` removes the field. */
export function applyFields<T extends object>(current: T, changes: Partial<T>): T {
  const next: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as T;
}

export function isEmpty(changes: object): boolean {
  return Object.keys(changes).length === 0;
}
