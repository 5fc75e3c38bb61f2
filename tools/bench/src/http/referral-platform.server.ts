import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from '@casemgmt/auth';
import { HostModule } from '@casemgmt/host';
import { INTAKE_CONTRACT, intakeService } from '@casemgmt/intake';
import { createHttpApp } from '@casemgmt/kernel';
import { PROVIDER_DIRECTORY_CONTRACT, providerDirectoryService } from '@casemgmt/provider-directory';
import { referralService } from '@casemgmt/referral';

// Intake, the provider directory and referral as the all-in-one platform hosts them (referral following intake's
// and the directory's events through the store's subscription, and asking intake's routes in this process for the
// consent in force at a send), on the benchmark's database: DATABASE_URL, AUTH_DEV_KEY_FILE and BENCH_MASTER_KEY
// come from the benchmark. Care plan and the audit trail are left out: they would read the same million events.
const databaseUrl = process.env['DATABASE_URL'] ?? '';
const devKeyFile = process.env['AUTH_DEV_KEY_FILE'] ?? '';
const personalDataMasterKey = process.env['BENCH_MASTER_KEY'] ?? '';
const timeZone = 'America/New_York';

async function main(): Promise<void> {
  const app = await createHttpApp(
    HostModule.forRoot({
      databaseUrl,
      auth: { issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile },
      services: [
        intakeService({ caseloadLimit: 1_000_000, timeZone, personalDataMasterKey }),
        providerDirectoryService(),
        referralService({
          consumes: [INTAKE_CONTRACT, PROVIDER_DIRECTORY_CONTRACT],
          personalDataMasterKey,
          settings: { timeZone, programs: {} },
        }),
      ],
      pools: { eventStore: 40 },
    }),
    { title: 'referral bench', description: 'bench', version: '0', logLevel: 'error' },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`LISTENING ${await app.getUrl()}\n`);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

void main();
