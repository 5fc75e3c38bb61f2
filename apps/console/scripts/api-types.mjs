// The console's API types, generated from the platform's OpenAPI document (never written by hand):
//   node apps/console/scripts/api-types.mjs           writes apps/console/src/api/schema.ts
//   node apps/console/scripts/api-types.mjs --check   exits 1 when the committed file is stale
// The document is built by the platform in Nest's preview mode: no database, nothing started.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = resolve(import.meta.dirname, '../../..');
const target = join(root, 'apps/console/src/api/schema.ts');

const document = execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/ts-node/dist/bin.js'),
    '--transpile-only',
    '-P',
    'tsconfig.base.json',
    '-r',
    'tsconfig-paths/register',
    'apps/platform/src/openapi/print-openapi.ts',
  ],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
);
const ast = await openapiTS(JSON.parse(document), { alphabetize: true });
const header =
  '// Generated from the platform’s OpenAPI document by apps/console/scripts/api-types.mjs: do not edit.\n';
const options = { ...(await prettier.resolveConfig(target)), parser: 'typescript' };
const generated = await prettier.format(header + astToString(ast), options);

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (committed !== generated) {
    console.error('apps/console/src/api/schema.ts is stale: run `npx nx run console:api-types` and commit it');
    process.exit(1);
  }
  console.log('apps/console/src/api/schema.ts matches the platform’s OpenAPI document');
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
}
