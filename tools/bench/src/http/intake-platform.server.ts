import { randomBytes } from 'node:crypto';
import { auditService } from '@casemgmt/audit';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from '@casemgmt/auth';
import { HostModule } from '@casemgmt/host';
import { intakeService } from '@casemgmt/intake';
import { createHttpApp } from '@casemgmt/kernel';

// Intake and the audit trail as the all-in-one platform hosts them (audit fed by the store subscription), on the
// benchmark's database: DATABASE_URL and AUTH_DEV_KEY_FILE come from the benchmark.
const databaseUrl = process.env['DATABASE_URL'] ?? '';
const devKeyFile = process.env['AUTH_DEV_KEY_FILE'] ?? '';

async function main(): Promise<void> {
  const app = await createHttpApp(
    HostModule.forRoot({
      databaseUrl,
      auth: { issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile },
      services: [
        intakeService({
          caseloadLimit: 1_000_000,
          timeZone: 'America/Los_Angeles',
          personalDataMasterKey: randomBytes(32).toString('base64'),
        }),
        auditService(),
      ],
      pools: { eventStore: 40 },
    }),
    {
      title: 'intake bench',
      description: 'bench',
      version: '0',
      logLevel: 'error',
    },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`LISTENING ${await app.getUrl()}\n`);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

void main();
