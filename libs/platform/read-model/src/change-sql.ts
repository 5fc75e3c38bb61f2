import { type DataSource, type EntityMetadata } from 'typeorm';
import { type ReadModelChange } from './projection';

export interface SqlStatement {
  readonly text: string;
  readonly values: unknown[];
}

type Upsert = Extract<ReadModelChange, { kind: 'upsert' }>;

// Well under PostgreSQL's 65,535 bind parameters per statement.
const MAX_PARAMETERS = 30_000;

/**
 * Translates a batch's changes into statements, in order: a run of consecutive upserts of one entity with the same
 * properties and key becomes one multi-row upsert (a row given twice keeps its last values, as two upserts in turn
 * would), every other change one statement of its own. A batch of N events that each upsert a row costs one round
 * trip instead of N.
 */
export function changesToSql(changes: readonly ReadModelChange[], dataSource: DataSource): SqlStatement[] {
  const statements: SqlStatement[] = [];
  for (let start = 0; start < changes.length;) {
    const first = changes[start] as ReadModelChange;
    let end = start + 1;
    if (first.kind === 'upsert') {
      const shape = upsertShape(first);
      const perRow = Object.keys(first.values).length;
      while (
        end < changes.length &&
        (end - start + 1) * perRow <= MAX_PARAMETERS &&
        sameUpsertShape(changes[end] as ReadModelChange, first, shape)
      ) {
        end += 1;
      }
    }
    statements.push(
      first.kind === 'upsert'
        ? upsertsToSql(changes.slice(start, end) as Upsert[], dataSource)
        : changeToSql(first, dataSource),
    );
    start = end;
  }
  return statements;
}

function upsertShape(change: Upsert): string {
  return `${Object.keys(change.values).join(',')}|${change.key.join(',')}`;
}

function sameUpsertShape(change: ReadModelChange, first: Upsert, shape: string): boolean {
  return change.kind === 'upsert' && change.entity === first.entity && upsertShape(change) === shape;
}

/** One INSERT ... VALUES (...), (...) ON CONFLICT for upserts of one shape (or one upsert), the last of each key winning. */
function upsertsToSql(changes: readonly Upsert[], dataSource: DataSource): SqlStatement {
  const first = changes[0] as Upsert;
  const metadata = dataSource.getMetadata(first.entity);
  const properties = Object.keys(first.values);
  // ON CONFLICT DO UPDATE may not touch a row twice in one statement: keep each key's last upsert, in place.
  const lastOfKey = new Map<string, Upsert>();
  for (const change of changes) lastOfKey.set(JSON.stringify(first.key.map((p) => change.values[p])), change);
  const values: unknown[] = [];
  const rows = [...lastOfKey.values()].map(
    (change) =>
      `(${properties
        .map((p) => {
          values.push(toDatabaseValue(metadata, p, change.values[p]));
          return `$${values.length}`;
        })
        .join(', ')})`,
  );
  const columns = properties.map((p) => column(metadata, p));
  const keyColumns = first.key.map((p) => column(metadata, p));
  const updates = columns.filter((c) => !keyColumns.includes(c)).map((c) => `${c} = EXCLUDED.${c}`);
  const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  return {
    text: `INSERT INTO ${tableOf(metadata)} (${columns.join(', ')}) VALUES ${rows.join(', ')} ON CONFLICT (${keyColumns.join(', ')}) ${onConflict}`,
    values,
  };
}

function tableOf(metadata: EntityMetadata): string {
  return metadata.schema ? `${quote(metadata.schema)}.${quote(metadata.tableName)}` : quote(metadata.tableName);
}

/** Translates a change into one parameterised statement, naming tables and columns as the entity maps them. */
export function changeToSql(change: ReadModelChange, dataSource: DataSource): SqlStatement {
  const metadata = dataSource.getMetadata(change.entity);
  const table = tableOf(metadata);
  const values: unknown[] = [];
  const param = (property: string, value: unknown): string => {
    values.push(toDatabaseValue(metadata, property, value));
    return `$${values.length}`;
  };
  switch (change.kind) {
    case 'upsert':
      return upsertsToSql([change], dataSource);
    case 'update': {
      const set = Object.entries(change.set).map(([p, v]) => `${column(metadata, p)} = ${param(p, v)}`);
      return { text: `UPDATE ${table} SET ${set.join(', ')} WHERE ${where(metadata, change.where, param)}`, values };
    }
    case 'delete':
      return { text: `DELETE FROM ${table} WHERE ${where(metadata, change.where, param)}`, values };
    default: {
      const unknownChange: never = change;
      throw new Error(`unknown read-model change ${JSON.stringify(unknownChange)}`);
    }
  }
}

function where(
  metadata: EntityMetadata,
  conditions: Readonly<Record<string, unknown>>,
  param: (property: string, value: unknown) => string,
): string {
  const entries = Object.entries(conditions);
  // An empty condition would touch every row of the read model.
  if (entries.length === 0) throw new Error(`a change to ${metadata.name} needs a where condition`);
  return entries
    .map(([p, v]) => (v === null ? `${column(metadata, p)} IS NULL` : `${column(metadata, p)} = ${param(p, v)}`))
    .join(' AND ');
}

function column(metadata: EntityMetadata, property: string): string {
  const found = metadata.findColumnWithPropertyName(property);
  if (!found) throw new Error(`${metadata.name} has no column for property ${property}`);
  return quote(found.databaseName);
}

function toDatabaseValue(metadata: EntityMetadata, property: string, value: unknown): unknown {
  const type = metadata.findColumnWithPropertyName(property)?.type;
  // pg sends JS arrays as PostgreSQL arrays; a json column wants the JSON text.
  if ((type === 'jsonb' || type === 'json') && value !== null && value !== undefined) return JSON.stringify(value);
  return value;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
