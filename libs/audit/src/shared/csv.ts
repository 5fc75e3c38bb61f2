/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a formula lead is neutralised. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  // A spreadsheet would run a cell starting with these as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The columns of a CSV file: each a header and how a row gives its value. */
export type CsvColumns<Row> = readonly (readonly [header: string, value: (row: Row) => unknown])[];

/** The header line of a CSV file, with its CRLF. */
export function csvHeader<Row>(columns: CsvColumns<Row>): string {
  return `${columns.map(([header]) => csvField(header)).join(',')}\r\n`;
}

/** One row of a CSV file, with its CRLF: written one at a time, a streamed file never holds all its rows. */
export function csvLine<Row>(columns: CsvColumns<Row>, row: Row): string {
  return `${columns.map(([, value]) => csvField(value(row))).join(',')}\r\n`;
}

/** Rows as CSV with a header line, CRLF line ends. */
export function csvOf<Row>(columns: CsvColumns<Row>, rows: readonly Row[]): string {
  return csvHeader(columns) + rows.map((row) => csvLine(columns, row)).join('');
}
