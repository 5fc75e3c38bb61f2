import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { csvHeader, csvLine, type CsvColumns } from '../shared/csv';

/** The formats an export is written in. */
export const EXPORT_FORMATS = ['json', 'csv', 'fhir'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * How rows become a file, piece by piece: the opening, each row, and the closing, so a file of any size is written
 * as its rows arrive and never held whole. `close` is told how many rows were written (a FHIR Bundle may not hold an
 * empty `entry` list).
 */
export interface ExportWriter<Row> {
  readonly contentType: string;
  readonly extension: string;
  open(): string;
  row(row: Row, index: number): string;
  close(rows: number): string;
}

/** A JSON object: the fields of `head`, then the rows as the array `listKey`. */
export function jsonExportWriter<Row>(head: Readonly<Record<string, unknown>>, listKey: string): ExportWriter<Row> {
  const opening = JSON.stringify(head);
  return {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    open: () => `${opening.slice(0, -1)}${opening === '{}' ? '' : ','}${JSON.stringify(listKey)}:[`,
    row: (row, index) => `${index === 0 ? '' : ','}${JSON.stringify(row)}`,
    close: () => ']}\n',
  };
}

/** CSV (RFC 4180): a header line, then one line a row, CRLF line ends, formula leads neutralised. */
export function csvExportWriter<Row>(columns: CsvColumns<Row>): ExportWriter<Row> {
  return {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    open: () => csvHeader(columns),
    row: (row) => csvLine(columns, row),
    close: () => '',
  };
}

/** A FHIR R4 resource with the id the Bundle entry's `fullUrl` is made of. */
export interface FhirResource {
  readonly resourceType: string;
  readonly id: string;
}

/**
 * A FHIR R4 Bundle of type `collection`, one entry a row (`fullUrl` `urn:uuid:<id>`). No `total` (a collection has
 * none) and no `entry` when there is no row: FHIR JSON allows no empty arrays.
 */
export function fhirBundleWriter<Row>(
  bundle: { readonly id: string; readonly timestamp: string },
  resourceOf: (row: Row) => FhirResource,
): ExportWriter<Row> {
  return {
    contentType: 'application/fhir+json; charset=utf-8',
    extension: 'fhir.json',
    open: () =>
      `{"resourceType":"Bundle","id":${JSON.stringify(bundle.id)},"type":"collection","timestamp":${JSON.stringify(bundle.timestamp)}`,
    row: (row, index) => {
      const resource = resourceOf(row);
      const entry = JSON.stringify({ fullUrl: `urn:uuid:${resource.id}`, resource });
      return `${index === 0 ? ',"entry":[' : ','}${entry}`;
    },
    close: (rows) => (rows === 0 ? '}\n' : ']}\n'),
  };
}

/**
 * The pieces of the file, one row at a time, pulled as the reader asks for them: the rows are read no faster than
 * they are written out.
 */
export async function* exportChunks<Row>(rows: AsyncIterable<Row>, writer: ExportWriter<Row>): AsyncGenerator<string> {
  yield writer.open();
  let count = 0;
  for await (const row of rows) {
    yield writer.row(row, count);
    count += 1;
  }
  yield writer.close(count);
}

/**
 * Streams rows to an HTTP answer in the writer's format, as an attachment named `<filename>.<extension>`. The stream
 * pulls from `rows` only when the socket drains (backpressure), so memory stays flat whatever the size; when the
 * client goes away, `rows` is closed (its `finally` runs).
 */
export function streamToResponse<Row>(
  rows: AsyncIterable<Row>,
  writer: ExportWriter<Row>,
  filename: string,
): StreamableFile {
  return new StreamableFile(
    Readable.from(exportChunks(rows, writer), { objectMode: false, highWaterMark: 64 * 1024 }),
    {
      type: writer.contentType,
      disposition: `attachment; filename="${filename}.${writer.extension}"`,
    },
  );
}
