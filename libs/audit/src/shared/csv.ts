/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a formula lead is neutralised. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  // A spreadsheet would run a cell starting with these as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV with a header line, CRLF line ends. */
export function csvOf<Row>(
  columns: readonly (readonly [header: string, value: (row: Row) => unknown])[],
  rows: readonly Row[],
): string {
  const lines = [columns.map(([header]) => csvField(header)).join(',')];
  for (const row of rows) lines.push(columns.map(([, value]) => csvField(value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
