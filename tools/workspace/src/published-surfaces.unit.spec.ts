import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// A service's published surface (ADR 0018) is what other contexts load: it must not bring the service's module,
// handlers, controllers or read models along with it.
const workspaceRoot = resolve(__dirname, '..', '..', '..');
const { paths } = (
  JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Readonly<Record<string, readonly string[]>> };
  }
).compilerOptions;
const MODULE_FILES =
  /\.(module|providers|handler|http\.controller|query|projection|entity|kafka\.consumer)\.ts$|\/index\.ts$/;

/** The service libraries: feature libraries under libs/ that are not the audit. */
function serviceLibraries(): string[] {
  return readdirSync(join(workspaceRoot, 'libs')).filter((folder) => {
    const project = join(workspaceRoot, 'libs', folder, 'project.json');
    if (!existsSync(project)) return false;
    const tags = (JSON.parse(readFileSync(project, 'utf8')) as { tags?: string[] }).tags ?? [];
    return tags.includes('type:feature') && !tags.includes('scope:audit');
  });
}

/** Every workspace file reached from `entry` through relative imports and re-exports. */
function reachedFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, target] of text.matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']*)'/gs)) {
      const base = resolve(dirname(file), target ?? '');
      const next = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (next) visit(next);
    }
  };
  visit(entry);
  return [...seen].map((file) => relative(workspaceRoot, file));
}

describe("services' published surfaces", () => {
  const services = serviceLibraries();

  it('finds the service libraries', () => {
    expect(services).toEqual(expect.arrayContaining(['intake', 'provider-directory']));
  });

  it.each(serviceLibraries())('gives %s a published entry point, @casemgmt/<service>/published', (service) => {
    expect(paths[`@casemgmt/${service}/published`]).toEqual([`libs/${service}/src/published.ts`]);
  });

  it.each(serviceLibraries())("reaches none of %s's module, handlers, controllers or read models", (service) => {
    const reached = reachedFiles(join(workspaceRoot, 'libs', service, 'src', 'published.ts'));
    expect(reached.length).toBeGreaterThan(3);
    expect(reached.filter((file) => MODULE_FILES.test(file))).toEqual([]);
  });
});
