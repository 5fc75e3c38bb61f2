import { join } from 'node:path';
import { authOptionsOf } from '@casemgmt/auth';
import { carePlanOptionsOf } from '@casemgmt/care-plan';
import { HostModule } from '@casemgmt/host';
import { intakeOptionsOf } from '@casemgmt/intake';
import { referralOptionsOf } from '@casemgmt/referral';
import { runHttpService, startEmbeddedDatabase, validateEnvironment, type EmbeddedDatabase } from '@casemgmt/kernel';
import { PlatformEnvironment } from './platform.environment';
import { platformServices } from './platform.host';
import { SessionHttpController } from './session/session.http.controller';

let embedded: EmbeddedDatabase | undefined;

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
  module: (env) =>
    HostModule.forRoot({
      databaseUrl: env.DATABASE_URL ?? embedded?.url ?? '',
      auth: authOptionsOf(env),
      services: platformServices(intakeOptionsOf(env), carePlanOptionsOf(env), referralOptionsOf(env)),
      controllers: [SessionHttpController],
    }),
  http: {
    title: 'Case management platform',
    description: 'All-in-one deployment: intake, care plans, referrals, provider directory and audit.',
    version: '0.1.0',
  },
});
