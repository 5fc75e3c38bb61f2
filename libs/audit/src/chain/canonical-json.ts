/** A value canonical JSON can encode: JSON values, plus Dates (written as ISO strings). */
export type CanonicalValue =
  | null
  | boolean
  | number
  | string
  | Date
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue | undefined };

/**
 * The one text of a JSON value that every writer agrees on (RFC 8785 style): object keys sorted by UTF-16 code
 * units, no whitespace, numbers and strings as `JSON.stringify` writes them, Dates as ISO strings, properties
 * whose value is `undefined` left out. Throws a TypeError for what JSON cannot carry (NaN, Infinity, bigint,
 * functions, class instances other than Date), so a hash never silently covers a lossy text.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON: ${path} is ${value}, not a JSON number`);
      // ECMAScript's Number::toString is exactly the number form RFC 8785 prescribes (and -0 prints as 0).
      return JSON.stringify(value);
    case 'object':
      return writeObject(value, path);
    default:
      // The rest (undefined, bigint, function, symbol) has no JSON form.
      throw new TypeError(`canonical JSON: ${path} is a ${typeof value}, not a JSON value`);
  }
}

function writeObject(value: object, path: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`canonical JSON: ${path} is an invalid Date`);
    return JSON.stringify(value.toISOString());
  }
  if (Array.isArray(value)) {
    // As JSON.stringify does, a hole or undefined inside an array is written as null: positions carry meaning.
    const items = Array.from(value, (item: unknown, index) =>
      item === undefined ? 'null' : write(item, `${path}[${index}]`),
    );
    return `[${items.join(',')}]`;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
    throw new TypeError(`canonical JSON: ${path} is a ${name}, not a plain object`);
  }
  const record = value as Readonly<Record<string, unknown>>;
  // The default sort compares UTF-16 code units, which is the order RFC 8785 asks for.
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`)}`).join(',')}}`;
}
