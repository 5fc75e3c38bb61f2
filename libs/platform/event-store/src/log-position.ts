import type { LogPosition } from './event-store.port';

/** Orders two log positions: negative when `a` comes first, positive when `b` does, 0 when equal. */
export function compareLogPositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** The later of two log positions. */
export function laterLogPosition(a: LogPosition, b: LogPosition): LogPosition {
  return compareLogPositions(a, b) >= 0 ? a : b;
}
