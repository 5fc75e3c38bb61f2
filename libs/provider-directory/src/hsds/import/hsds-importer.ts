import { randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectEventStore, isEventStoreError, type EventStore } from '@casemgmt/event-store';
import { isDomainError } from '@casemgmt/kernel';
import { locationDecider } from '../../location/location.decider';
import { organizationDecider } from '../../organization/organization.decider';
import { serviceAtLocationDecider } from '../../service-at-location/service-at-location.decider';
import { serviceDecider } from '../../service/service.decider';
import { taxonomyTermDecider } from '../../taxonomy-term/taxonomy-term.decider';
import { taxonomyDecider } from '../../taxonomy/taxonomy.decider';
import type { CommandMetadata } from '@casemgmt/decider';
import { handleCommand, type CommandResult } from '@casemgmt/decider';
import { streamIdOf } from '../../shared/directory-streams';
import { RECORD_KINDS, type FieldsByKind, type RecordKind } from '../hsds.types';
import { HsdsSchemas } from '../hsds-schemas';
import {
  mergeOccurrences,
  readHsdsDocument,
  type InvalidRecord,
  type MergedRecord,
  type RecordOccurrence,
} from './hsds-document-reader';

export interface ImportOptions {
  readonly tenantId: string;
  /** Recorded as the actor of every event (role `admin`); default `hsds-import`. */
  readonly actorId?: string;
  readonly log?: (line: string) => void;
  readonly now?: () => Date;
  /** Records written at once; default 4. */
  readonly concurrency?: number;
}

export interface KindCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Invalid occurrences: a record may be invalid in one document and imported from another. */
  readonly invalid: number;
}

export interface ImportSummary {
  readonly files: number;
  readonly counts: { readonly [K in RecordKind]: KindCounts };
  readonly invalid: readonly InvalidRecord[];
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
  readonly eventsAppended: number;
}

export interface HsdsInputDocument {
  readonly name: string;
  /** Parsed JSON, or the raw text when it is not JSON. */
  readonly content: unknown;
  readonly parseError?: string;
}

type Outcome = 'created' | 'updated' | 'unchanged';

const PROGRESS_EVERY = 1_000;

/**
 * Imports HSDS 3.0 JSON documents as directory events. Records are merged across documents, then each is decided
 * against its stream as read (register, update with the changed fields, or nothing), so importing the same files
 * again appends no event. Invalid records are reported with their path and reason; the valid ones are imported.
 */
@Injectable()
export class HsdsImporter {
  constructor(
    @InjectEventStore() private readonly store: EventStore,
    private readonly schemas: HsdsSchemas,
  ) {}

  /** Imports one JSON file, or every `*.json` file of a folder in name order. */
  async importPath(path: string, options: ImportOptions): Promise<ImportSummary> {
    const files = (await stat(path)).isDirectory()
      ? (await readdir(path))
          .filter((name) => name.toLowerCase().endsWith('.json'))
          .sort()
          .map((name) => join(path, name))
      : [path];
    const documents: HsdsInputDocument[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      try {
        documents.push({ name: basename(file), content: JSON.parse(text) });
      } catch (error) {
        documents.push({
          name: basename(file),
          content: text,
          parseError: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return this.importDocuments(documents, options);
  }

  async importDocuments(documents: readonly HsdsInputDocument[], options: ImportOptions): Promise<ImportSummary> {
    const log = options.log ?? (() => undefined);
    const occurrences: RecordOccurrence[] = [];
    const invalid: InvalidRecord[] = [];
    const skipped: { file: string; reason: string }[] = [];
    for (const document of documents) {
      if (document.parseError !== undefined) {
        invalid.push({ kind: 'unknown', path: `${document.name}: $`, reason: `not JSON: ${document.parseError}` });
        log(`invalid  ${document.name}: $: not JSON: ${document.parseError}`);
        continue;
      }
      const reading = readHsdsDocument(document.name, document.content, this.schemas);
      if (reading.outcome === 'skipped') {
        skipped.push({ file: document.name, reason: reading.reason });
        log(`skipped  ${document.name}: ${reading.reason}`);
        continue;
      }
      occurrences.push(...reading.occurrences);
      invalid.push(...reading.invalid);
      log(
        `read     ${document.name}: ${describeKinds(reading.occurrences)}${reading.invalid.length ? `, ${reading.invalid.length} invalid` : ''}`,
      );
      for (const record of reading.invalid) log(`invalid  ${record.path}: ${record.reason}`);
    }

    const records = mergeOccurrences(occurrences);
    const tally = new Map<RecordKind, Record<Outcome, number>>();
    let written = 0;
    let eventsAppended = 0;
    log(`writing  ${records.length} records to tenant ${options.tenantId}`);
    const correlationId = randomUUID();
    const metadataFor = (): CommandMetadata => ({
      tenantId: options.tenantId,
      actor: { id: options.actorId ?? 'hsds-import', role: 'admin' },
      correlationId,
      now: options.now?.() ?? new Date(),
    });

    // Parents before children, so a reader of the events meets an organisation before its services.
    for (const kind of RECORD_KINDS) {
      const ofKind = records.filter((record) => record.kind === kind);
      await forEachConcurrently(ofKind, options.concurrency ?? 4, async (record) => {
        try {
          const result = await this.writeWithRetry(record, metadataFor);
          const outcome: Outcome =
            result.events.length === 0 ? 'unchanged' : result.version === result.events.length ? 'created' : 'updated';
          const counts = tally.get(kind) ?? { created: 0, updated: 0, unchanged: 0 };
          counts[outcome] += 1;
          tally.set(kind, counts);
          eventsAppended += result.events.length;
        } catch (error) {
          const problem = rejection(record, error);
          invalid.push(problem);
          log(`invalid  ${problem.path}: ${problem.reason}`);
        }
        written += 1;
        if (written % PROGRESS_EVERY === 0) log(`progress ${written}/${records.length} records`);
      });
    }

    const invalidByKind = (kind: RecordKind) => invalid.filter((record) => record.kind === kind).length;
    const counts = Object.fromEntries(
      RECORD_KINDS.map((kind) => [
        kind,
        { created: 0, updated: 0, unchanged: 0, ...tally.get(kind), invalid: invalidByKind(kind) },
      ]),
    ) as ImportSummary['counts'];
    const summary: ImportSummary = { files: documents.length, counts, invalid, skipped, eventsAppended };
    for (const line of formatImportSummary(summary)) log(line);
    return summary;
  }

  // Another writer may append between our read and our append; read again once before giving up on the record.
  private async writeWithRetry(record: MergedRecord, metadataFor: () => CommandMetadata): Promise<CommandResult> {
    try {
      return await this.write(record, metadataFor());
    } catch (error) {
      if (!isEventStoreError(error, 'EVENT_STORE.WRONG_EXPECTED_VERSION')) throw error;
      return this.write(record, metadataFor());
    }
  }

  private write(record: MergedRecord, metadata: CommandMetadata): Promise<CommandResult> {
    const streamId = streamIdOf(record.kind, record.id);
    // The merge keeps each record's fields apart by kind; the switch below names the kind they belong to.
    const fieldsOf = <K extends RecordKind>(_kind: K) => record.fields as FieldsByKind[K];
    switch (record.kind) {
      case 'organization':
        return handleCommand(this.store, streamId, organizationDecider, {
          type: 'ImportOrganization',
          data: { organizationId: record.id, organization: fieldsOf('organization') },
          metadata,
        });
      case 'location':
        return handleCommand(this.store, streamId, locationDecider, {
          type: 'ImportLocation',
          data: { locationId: record.id, location: fieldsOf('location') },
          metadata,
        });
      case 'service':
        return handleCommand(this.store, streamId, serviceDecider, {
          type: 'ImportService',
          data: { serviceId: record.id, service: fieldsOf('service') },
          metadata,
        });
      case 'service_at_location':
        return handleCommand(this.store, streamId, serviceAtLocationDecider, {
          type: 'ImportServiceAtLocation',
          data: { serviceAtLocationId: record.id, serviceAtLocation: fieldsOf('service_at_location') },
          metadata,
        });
      case 'taxonomy':
        return handleCommand(this.store, streamId, taxonomyDecider, {
          type: 'ImportTaxonomy',
          data: { taxonomyId: record.id, taxonomy: fieldsOf('taxonomy') },
          metadata,
        });
      case 'taxonomy_term':
        return handleCommand(this.store, streamId, taxonomyTermDecider, {
          type: 'ImportTaxonomyTerm',
          data: { taxonomyTermId: record.id, taxonomyTerm: fieldsOf('taxonomy_term') },
          metadata,
        });
      default: {
        const unknownKind: never = record.kind;
        throw new Error(`unknown record kind ${String(unknownKind)}`);
      }
    }
  }
}

/** A record the directory refuses: addressed at the field the decider names, in the first document that gave it. */
function rejection(record: MergedRecord, error: unknown): InvalidRecord {
  const source = record.sources[0] ?? record.id;
  if (isDomainError(error)) {
    const field = typeof error.details?.['field'] === 'string' ? `.${error.details['field']}` : '';
    return { kind: record.kind, path: `${source}${field}`, reason: String(error.details?.['reason'] ?? error.message) };
  }
  if (isEventStoreError(error, 'EVENT_STORE.TENANT_MISMATCH')) {
    return { kind: record.kind, path: source, reason: `id ${record.id} belongs to another tenant's directory` };
  }
  if (isEventStoreError(error)) return { kind: record.kind, path: source, reason: error.message };
  throw error;
}

function describeKinds(occurrences: readonly RecordOccurrence[]): string {
  const counts = new Map<RecordKind, number>();
  for (const occurrence of occurrences) counts.set(occurrence.kind, (counts.get(occurrence.kind) ?? 0) + 1);
  const parts = RECORD_KINDS.filter((kind) => counts.has(kind)).map((kind) => `${counts.get(kind)} ${kind}`);
  return parts.length > 0 ? parts.join(', ') : 'no records';
}

/** The summary table the import prints last. */
export function formatImportSummary(summary: ImportSummary): string[] {
  const header = ['kind', 'created', 'updated', 'unchanged', 'invalid'];
  const rows = RECORD_KINDS.map((kind) => {
    const counts = summary.counts[kind];
    return [kind, counts.created, counts.updated, counts.unchanged, counts.invalid].map(String);
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  return [
    `summary  ${summary.files} files, ${summary.skipped.length} skipped, ${summary.eventsAppended} events appended`,
    `  ${line(header)}`,
    ...rows.map((row) => `  ${line(row)}`),
  ];
}

async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}
