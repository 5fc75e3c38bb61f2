import { randomBytes } from 'node:crypto';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@casemgmt/audit';
import { AuthModule, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from '@casemgmt/auth';
import { EventStoreModule } from '@casemgmt/event-store';
import { IntakeModule } from '@casemgmt/intake';
import { createHttpApp } from '@casemgmt/kernel';

// Intake and the audit trail as the all-in-one platform hosts them (audit fed by the store subscription), on the
// benchmark's database: DATABASE_URL and AUTH_DEV_KEY_FILE come from the benchmark.
const databaseUrl = process.env['DATABASE_URL'] ?? '';
const devKeyFile = process.env['AUTH_DEV_KEY_FILE'] ?? '';

@Module({
  imports: [
    EventStoreModule.forRoot({ databaseUrl, poolSize: 40 }),
    TypeOrmModule.forRoot({ type: 'postgres', url: databaseUrl, autoLoadEntities: true, synchronize: false }),
    AuthModule.forRoot({ issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile }),
    IntakeModule.forRoot({
      caseloadLimit: 1_000_000,
      timeZone: 'America/Los_Angeles',
      personalDataMasterKey: randomBytes(32).toString('base64'),
    }),
    AuditModule.forRoot({ source: 'store' }),
  ],
})
class IntakePlatformModule {}

async function main(): Promise<void> {
  const app = await createHttpApp(IntakePlatformModule, {
    title: 'intake bench',
    description: 'bench',
    version: '0',
    logLevel: 'error',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`LISTENING ${await app.getUrl()}\n`);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

void main();
