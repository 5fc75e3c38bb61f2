import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CLIENT_ROUTES } from './src/routes';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '../../dist/apps/console');
// The API's prefixes, for the development server's proxy to a platform on port 3000.
const API = ['/auth', '/session', '/intake', '/care-plan', '/referral', '/directory', '/audit', '/health', '/docs'];

/** Writes routes.json: the screens' paths, at which the platform answers with index.html. */
function clientRoutes(): Plugin {
  return {
    name: 'casemgmt-client-routes',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'routes.json', source: `${JSON.stringify(CLIENT_ROUTES)}\n` });
    },
  };
}

/** Writes .br and .gz copies of the scripts and styles, which the platform sends to browsers that take them. */
function precompress(): Plugin {
  const compressors = { br: promisify(brotliCompress), gz: promisify(gzip) };
  return {
    name: 'casemgmt-precompress',
    apply: 'build',
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((file) => /\.(js|css)$/.test(file));
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(join(outDir, file));
          await writeFile(join(outDir, `${file}.br`), await compressors.br(content));
          await writeFile(join(outDir, `${file}.gz`), await compressors.gz(content));
        }),
      );
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), clientRoutes(), precompress()],
  build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: {
    port: 4200,
    proxy: Object.fromEntries(API.map((prefix) => [prefix, 'http://127.0.0.1:3000'])),
  },
});
