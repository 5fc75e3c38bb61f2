import { join } from 'node:path';
import { runHttpService, startEmbeddedDatabase, validateEnvironment, type EmbeddedDatabase } from '@casemgmt/kernel';
import { allowConsoleOrigins, consoleOriginsOf } from './console/console-origins';
import { serveConsole } from './console/serve-console';
import { PlatformEnvironment } from './platform.environment';
import { PLATFORM_HTTP, platformModule } from './platform.module';

let embedded: EmbeddedDatabase | undefined;

// The console's build, beside the platform's in dist/apps: dist/apps/platform/apps/platform/src → dist/apps/console.
const CONSOLE_BUILD = join(__dirname, '../../../../console');

runHttpService({
  name: 'platform',
  environment: () => validateEnvironment(PlatformEnvironment),
  prepare: async (env, log) => {
    if (env.DATABASE_URL) return;
    embedded = await startEmbeddedDatabase(join(env.DATA_DIR, 'postgres'), log);
    log(
      `DATABASE_URL is unset: embedded PostgreSQL started at 127.0.0.1:${embedded.port}, data in ${embedded.dataDir}`,
    );
    // Stopped after the app has closed, so nothing still uses it.
    return { stop: () => embedded?.stop() ?? Promise.resolve() };
  },
  module: (env) => platformModule(env, env.DATABASE_URL ?? embedded?.url ?? ''),
  http: PLATFORM_HTTP,
  configure: async (app, env, log) => {
    allowConsoleOrigins(app, consoleOriginsOf(env.CONSOLE_ORIGINS), log);
    await serveConsole(app, env.CONSOLE_DIR ?? CONSOLE_BUILD, log);
  },
});
