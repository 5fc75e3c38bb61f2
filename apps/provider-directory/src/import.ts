import { runImportCli } from '@casemgmt/provider-directory';

// `npm run directory:import -- <file-or-folder> --tenant county-a` (needs DATABASE_URL)
runImportCli(process.argv.slice(2), process.env, (text) => process.stdout.write(text)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`import failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
