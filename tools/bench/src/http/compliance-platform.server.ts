import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from '@casemgmt/auth';
import { auditService } from '@casemgmt/audit';
import { carePlanService } from '@casemgmt/care-plan';
import { HostModule } from '@casemgmt/host';
import { INTAKE_CONTRACT, intakeService } from '@casemgmt/intake';
import { createHttpApp } from '@casemgmt/kernel';

// Intake, care plan and audit as the all-in-one platform hosts them (care plan and audit following the store’s
// subscription), on the benchmark's database: DATABASE_URL, AUTH_DEV_KEY_FILE and BENCH_MASTER_KEY come from the
// benchmark.
const databaseUrl = process.env['DATABASE_URL'] ?? '';
const devKeyFile = process.env['AUTH_DEV_KEY_FILE'] ?? '';
const personalDataMasterKey = process.env['BENCH_MASTER_KEY'] ?? '';
const timeZone = 'America/Los_Angeles';

async function main(): Promise<void> {
  const app = await createHttpApp(
    HostModule.forRoot({
      databaseUrl,
      auth: { issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile },
      services: [
        intakeService({ caseloadLimit: 1_000_000, timeZone, personalDataMasterKey }),
        carePlanService({
          consumes: [INTAKE_CONTRACT],
          personalDataMasterKey,
          settings: { timeZone, programs: {} },
        }),
        auditService(),
      ],
      pools: { eventStore: 40 },
    }),
    { title: 'compliance bench', description: 'bench', version: '0', logLevel: 'error' },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`LISTENING ${await app.getUrl()}\n`);
  // The benchmark asks for the live heap (run with --expose-gc): collected first, so garbage not yet collected is
  // not counted as memory the server holds.
  process.on('SIGUSR2', () => {
    const collect = (globalThis as { gc?: () => void }).gc;
    collect?.();
    process.stdout.write(`HEAP ${process.memoryUsage().heapUsed}\n`);
  });
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

void main();
