import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// The OpenAPI document names a DTO's schema after its class: a second class of the same name anywhere in the
// platform silently replaces the first one's schema, and every route using either shows the one that won.
const workspaceRoot = resolve(__dirname, '..', '..', '..');
const DTO_CLASS = /^(?:export\s+)?(?:abstract\s+)?class\s+(\w+Dto)\b/gm;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('DTO class names', () => {
  it('are unique across the platform, so no schema of the OpenAPI document replaces another', () => {
    const places = new Map<string, string[]>();
    for (const file of ['libs', 'apps'].flatMap((folder) => sourceFiles(join(workspaceRoot, folder)))) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(DTO_CLASS)) {
        places.set(name as string, [...(places.get(name as string) ?? []), relative(workspaceRoot, file)]);
      }
    }
    const clashes = [...places].filter(([, files]) => files.length > 1).map(([name, files]) => ({ name, files }));
    expect(places.size).toBeGreaterThan(100);
    expect(clashes).toEqual([]);
  });
});
