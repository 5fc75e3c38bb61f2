/** One top-level value that differs between two replayed states. */
export interface Change {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

const shown = (value: unknown): string => (value === undefined ? '—' : JSON.stringify(value));

/**
 * What differs between two states, key by key down to `depth` levels of plain objects (lists and values compared
 * whole), in the order of the later state's keys then the earlier's: what the auditor reads as "what changed".
 */
export function changesBetween(before: unknown, after: unknown, depth = 2, prefix = ''): Change[] {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (depth > 0 && isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    return keys.flatMap((key) => changesBetween(before[key], after[key], depth - 1, prefix ? `${prefix}.${key}` : key));
  }
  const [was, is] = [shown(before), shown(after)];
  return was === is ? [] : [{ path: prefix || '(whole)', before: was, after: is }];
}
