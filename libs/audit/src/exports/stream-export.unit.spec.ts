import { Readable } from 'node:stream';
import { csvExportWriter, exportChunks, fhirBundleWriter, jsonExportWriter, streamToResponse } from './stream-export';

type Row = { readonly id: string; readonly note: string };
const rows: readonly Row[] = [
  { id: 'a', note: 'plain' },
  { id: 'b', note: 'has, comma' },
];

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function written<T>(items: readonly T[], writer: Parameters<typeof exportChunks<T>>[1]): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(from(items), writer)) text += chunk;
  return text;
}

describe('export writers', () => {
  it('writes JSON as the head’s fields and the rows as one array, parseable whole', async () => {
    const text = await written(rows, jsonExportWriter<Row>({ caseId: 'c1' }, 'entries'));
    expect(JSON.parse(text)).toEqual({ caseId: 'c1', entries: rows });
    expect(JSON.parse(await written([], jsonExportWriter<Row>({}, 'entries')))).toEqual({ entries: [] });
  });

  it('writes CSV with a header and one CRLF line a row, fields quoted as RFC 4180 wants', async () => {
    const writer = csvExportWriter<Row>([
      ['id', (r) => r.id],
      ['note', (r) => r.note],
    ]);
    expect(await written(rows, writer)).toBe('id,note\r\na,plain\r\nb,"has, comma"\r\n');
    expect(writer.contentType).toBe('text/csv; charset=utf-8');
  });

  it('writes a FHIR Bundle of type collection, with no empty entry list when there is no row', async () => {
    const writer = fhirBundleWriter<Row>({ id: 'x1', timestamp: '2024-03-01T00:00:00.000Z' }, (r) => ({
      resourceType: 'Basic',
      id: r.id,
    }));
    expect(JSON.parse(await written(rows, writer))).toEqual({
      resourceType: 'Bundle',
      id: 'x1',
      type: 'collection',
      timestamp: '2024-03-01T00:00:00.000Z',
      entry: [
        { fullUrl: 'urn:uuid:a', resource: { resourceType: 'Basic', id: 'a' } },
        { fullUrl: 'urn:uuid:b', resource: { resourceType: 'Basic', id: 'b' } },
      ],
    });
    const empty = JSON.parse(await written([], writer)) as Record<string, unknown>;
    expect(empty).not.toHaveProperty('entry');
    expect(writer.contentType).toBe('application/fhir+json; charset=utf-8');
  });
});

describe('streamToResponse', () => {
  it('answers an attachment in the writer’s content type', () => {
    const file = streamToResponse(from(rows), jsonExportWriter<Row>({}, 'rows'), 'case-1');
    expect(file.getHeaders()).toMatchObject({
      type: 'application/json; charset=utf-8',
      disposition: 'attachment; filename="case-1.json"',
    });
  });

  it('pulls rows only as the reader reads, and closes the rows when the reader stops', async () => {
    let pulled = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<Row> {
      try {
        for (;;) {
          pulled += 1;
          yield { id: String(pulled), note: 'x'.repeat(1024) };
        }
      } finally {
        closed = true;
      }
    }
    const stream = streamToResponse(endless(), jsonExportWriter<Row>({}, 'rows'), 'big').getStream() as Readable;
    const reader = stream[Symbol.asyncIterator]();
    await reader.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Backpressure: an endless source is read only as far as the stream's buffer, not without end.
    expect(pulled).toBeLessThan(200);
    await reader.return?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(true);
  });
});
