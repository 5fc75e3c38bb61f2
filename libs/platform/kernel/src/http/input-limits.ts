import { type FieldViolation } from '../errors/domain-error';

/**
 * Deepest nesting of arrays and objects accepted in a JSON body. The deepest request DTO nests four levels; class
 * transformation and validation recurse once per level, so a body thousands of levels deep would overflow the stack.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Most items an array, or members an object, of a JSON body may hold. The longest list a request carries is a
 * handful of identifiers or an HSDS record's phones; validation costs grow with every item (an HSDS body with
 * 100,000 array items kept the event loop busy for minutes), so a list beyond this is refused unread.
 */
export const MAX_JSON_ITEMS = 1_000;

/** Every id in a path is a UUID (cases, clients, consents, HSDS records): anything else is refused before lookup. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type JsonShapeProblem = 'too-deep' | 'too-many-items';

/**
 * Whether the JSON text nests arrays and objects deeper than `maxDepth`, or holds an array or object of more than
 * `maxItems` items. Scans the text once without parsing it, so a hostile body costs one pass and no allocation.
 * Counts separators, so it assumes the text is JSON; the parser refuses it afterwards when it is not.
 */
export function jsonShapeProblem(
  text: string,
  maxDepth = MAX_JSON_DEPTH,
  maxItems = MAX_JSON_ITEMS,
): JsonShapeProblem | undefined {
  const items: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (items.length >= maxDepth) return 'too-deep';
      items.push(1);
    } else if (c === 0x7d || c === 0x5d) {
      items.pop();
    } else if (c === 0x2c && items.length > 0) {
      const count = (items[items.length - 1] ?? 0) + 1;
      if (count > maxItems) return 'too-many-items';
      items[items.length - 1] = count;
    }
  }
  return undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The fields whose strings (values or keys) hold a NUL character, which PostgreSQL cannot store in text, or half of
 * a surrogate pair, which is no character at all (JSON's `\ud800` escape makes one). Walks iteratively, so no input
 * depth can overflow the stack.
 */
export function stringViolations(value: unknown): FieldViolation[] {
  const found: FieldViolation[] = [];
  const pending: { value: unknown; path: string }[] = [{ value, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: current, path } = next;
    if (typeof current === 'string') {
      const reason = badCharacters(current);
      if (reason) found.push({ field: printable(path), reasons: [`${printable(path)} ${reason}`] });
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        const reason = badCharacters(key);
        if (reason)
          found.push({ field: printable(childPath), reasons: [`the name ${printable(childPath)} ${reason}`] });
        else pending.push({ value: child, path: childPath });
      }
    }
  }
  return found.reverse();
}

function badCharacters(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (half of a surrogate pair found)';
  return undefined;
}

/** The path parameters that are not UUIDs, unless `patterns` names another shape for them. */
export function pathParamViolations(
  params: unknown,
  patterns: Readonly<Record<string, RegExp>> = {},
): FieldViolation[] {
  if (typeof params !== 'object' || params === null) return [];
  return Object.entries(params).flatMap(([name, value]): FieldViolation[] => {
    const pattern = patterns[name];
    if (typeof value === 'string' && (pattern ?? UUID_PATTERN).test(value)) return [];
    const reason = pattern ? `${name} must match ${pattern.source}` : `${name} must be a UUID`;
    return [{ field: printable(name), reasons: [reason] }];
  });
}

// A field name is echoed in the answer: NULs are shown escaped, not sent raw.
function printable(text: string): string {
  return text.replaceAll('\u0000', '\\u0000').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}
