import type { StreamMetadata } from './event-store.port';

/** Stream metadata as stored: JSON with ISO dates. */
export function serializeStreamMetadata(metadata: StreamMetadata): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  if (metadata.retainUntil !== undefined) stored['retainUntil'] = metadata.retainUntil.toISOString();
  if (metadata.legalHold !== undefined) {
    stored['legalHold'] = { ...metadata.legalHold, placedAt: metadata.legalHold.placedAt.toISOString() };
  }
  return stored;
}

/** Reads stored stream metadata back, ignoring keys it does not know (EventStoreDB adds its own). */
export function parseStreamMetadata(stored: unknown): StreamMetadata {
  if (typeof stored !== 'object' || stored === null) return {};
  const { retainUntil, legalHold } = stored as { retainUntil?: unknown; legalHold?: unknown };
  return {
    ...(typeof retainUntil === 'string' ? { retainUntil: new Date(retainUntil) } : {}),
    ...(isStoredLegalHold(legalHold)
      ? {
          legalHold: { reason: legalHold.reason, placedBy: legalHold.placedBy, placedAt: new Date(legalHold.placedAt) },
        }
      : {}),
  };
}

function isStoredLegalHold(value: unknown): value is { reason: string; placedBy: string; placedAt: string } {
  if (typeof value !== 'object' || value === null) return false;
  const hold = value as Record<string, unknown>;
  return (
    typeof hold['reason'] === 'string' && typeof hold['placedBy'] === 'string' && typeof hold['placedAt'] === 'string'
  );
}
