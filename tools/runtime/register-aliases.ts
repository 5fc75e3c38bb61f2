import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.base.json';

// Resolves the workspace's @casemgmt/* aliases at run time, both from sources (the repository root is two folders
// up) and from a build, where the same layout is kept below dist/apps/<app>/.
const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((t) => t.replace(/\.ts$/, ''))]),
);
register({ baseUrl: resolve(__dirname, '..', '..'), paths, addMatchAll: false });
