import { parseArgs } from 'node:util';
import { createPostgresEventStore } from '@casemgmt/event-store';
import { HsdsSchemas } from '../hsds-schemas';
import { HsdsImporter } from './hsds-importer';

const USAGE = `usage: import <file-or-folder> --tenant <tenant-id> [--actor <id>]
  Imports HSDS 3.0 JSON documents (one file, or every *.json of a folder) into the provider directory of the tenant.
  Needs DATABASE_URL. Exit code: 0 imported, 2 imported except for invalid records, 1 failed.
`;

/**
 * The import command line: `import <file-or-folder> --tenant county-a`. Writes progress and a summary to `out`;
 * returns the exit code.
 */
export async function runImportCli(
  argv: readonly string[],
  environment: Readonly<Record<string, string | undefined>>,
  out: (text: string) => void,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { tenant: { type: 'string' }, actor: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    out(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const [path] = parsed.positionals;
  const tenantId = parsed.values.tenant;
  if (parsed.values.help || path === undefined || parsed.positionals.length > 1 || !tenantId) {
    out(USAGE);
    return parsed.values.help ? 0 : 1;
  }
  const databaseUrl = environment['DATABASE_URL'];
  if (!databaseUrl) {
    out(`DATABASE_URL is not set: the import writes to the directory's event store\n`);
    return 1;
  }

  const store = await createPostgresEventStore({ connectionString: databaseUrl, poolSize: 5 });
  try {
    const importer = new HsdsImporter(store, new HsdsSchemas());
    const summary = await importer.importPath(path, {
      tenantId,
      ...(parsed.values.actor ? { actorId: parsed.values.actor } : {}),
      log: (line) => out(`${line}\n`),
    });
    return summary.invalid.length > 0 ? 2 : 0;
  } finally {
    await store.close();
  }
}
