import type { AuditEntry } from '../chain/audit-entry';
import { toTimelineEntry, type TimelineEntry } from '../queries/get-case-timeline/get-case-timeline.query';
import type { CsvColumns } from '../shared/csv';
import { auditEventOf } from './fhir-audit-event';
import {
  csvExportWriter,
  fhirBundleWriter,
  jsonExportWriter,
  type ExportFormat,
  type ExportWriter,
} from './stream-export';

/** A timeline entry as exports write it: with its case, its service and the chain hash that seals it. */
export interface ExportedEntry extends TimelineEntry {
  readonly caseId: string;
  readonly service: string;
  readonly hash: string;
}

/** A chain entry of a case as exports write it. */
export function toExportedEntry(entry: AuditEntry, caseId: string): ExportedEntry {
  return { caseId, ...toTimelineEntry(entry), service: entry.service, hash: entry.hash };
}

/** The CSV columns of an exported timeline, one entry a line. */
export const TIMELINE_CSV_COLUMNS: CsvColumns<ExportedEntry> = [
  ['case_id', (e) => e.caseId],
  ['sequence', (e) => e.sequence],
  ['event_id', (e) => e.eventId],
  ['type', (e) => e.type],
  ['kind', (e) => e.kind],
  ['actor_id', (e) => e.actor.id],
  ['actor_role', (e) => e.actor.role],
  ['on_behalf_of', (e) => e.actor.onBehalfOf],
  ['occurred_at', (e) => e.occurredAt],
  ['recorded_at', (e) => e.recordedAt],
  ['service', (e) => e.service],
  ['stream_id', (e) => e.streamId],
  ['stream_version', (e) => e.streamVersion],
  ['view', (e) => e.view],
  ['reason', (e) => e.reason],
  ['hash', (e) => e.hash],
];

/**
 * The writer of a timeline export in a format: JSON (`head` and its `entries`), CSV, or a FHIR Bundle of
 * AuditEvents (`bundle.id` and `timestamp` given, so the same export is written the same way twice).
 */
export function timelineWriter(
  format: ExportFormat,
  context: {
    readonly tenantId: string;
    readonly head: Readonly<Record<string, unknown>>;
    readonly bundle: { readonly id: string; readonly timestamp: string };
  },
): ExportWriter<ExportedEntry> {
  switch (format) {
    case 'json':
      return jsonExportWriter(context.head, 'entries');
    case 'csv':
      return csvExportWriter(TIMELINE_CSV_COLUMNS);
    case 'fhir':
      return fhirBundleWriter(context.bundle, (entry) => auditEventOf(entry, context.tenantId));
    default: {
      const unknownFormat: never = format;
      throw new Error(`unknown export format ${String(unknownFormat)}`);
    }
  }
}
