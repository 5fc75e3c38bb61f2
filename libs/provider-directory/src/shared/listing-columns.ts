import type { RecordedEvent } from '@casemgmt/event-store';
import { FIELDS_BY_KIND, type FieldsByKind, type RecordKind } from '../hsds/hsds.types';

/**
 * The columns of a registration: every HSDS field of the record, `null` where the record has none, so the row is
 * exactly the registered record even when a registration is projected over an older row.
 */
export function registeredColumns<K extends RecordKind>(kind: K, fields: FieldsByKind[K]): Record<string, unknown> {
  const source = fields as Readonly<Record<string, unknown>>;
  return Object.fromEntries(FIELDS_BY_KIND[kind].map((field) => [field, source[field] ?? null]));
}

/** The columns of an update: only the fields it changed (a cleared field becomes NULL). */
export function changedColumns<K extends RecordKind>(kind: K, changes: FieldsByKind[K]): Record<string, unknown> {
  const source = changes as Readonly<Record<string, unknown>>;
  const known = FIELDS_BY_KIND[kind] as readonly string[];
  return Object.fromEntries(
    Object.entries(source)
      .filter(([field, value]) => known.includes(field) && value !== undefined)
      .map(([field, value]) => [field, value]),
  );
}

/** What every row records of the event that last changed it. */
export function rowVersion(event: RecordedEvent): { streamVersion: number; lastModified: Date } {
  return { streamVersion: event.streamVersion, lastModified: event.recordedAt };
}
