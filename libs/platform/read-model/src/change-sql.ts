import { type DataSource, type EntityMetadata } from 'typeorm';
import { type ReadModelChange } from './projection';

export interface SqlStatement {
  readonly text: string;
  readonly values: unknown[];
}

/** Translates a change into one parameterised statement, naming tables and columns as the entity maps them. */
export function changeToSql(change: ReadModelChange, dataSource: DataSource): SqlStatement {
  const metadata = dataSource.getMetadata(change.entity);
  const table = metadata.schema ? `${quote(metadata.schema)}.${quote(metadata.tableName)}` : quote(metadata.tableName);
  const values: unknown[] = [];
  const param = (property: string, value: unknown): string => {
    values.push(toDatabaseValue(metadata, property, value));
    return `$${values.length}`;
  };
  switch (change.kind) {
    case 'upsert': {
      const properties = Object.keys(change.values);
      const columns = properties.map((p) => column(metadata, p));
      const placeholders = properties.map((p) => param(p, change.values[p]));
      const keyColumns = change.key.map((p) => column(metadata, p));
      const updates = columns.filter((c) => !keyColumns.includes(c)).map((c) => `${c} = EXCLUDED.${c}`);
      const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
      return {
        text: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) ON CONFLICT (${keyColumns.join(', ')}) ${onConflict}`,
        values,
      };
    }
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
