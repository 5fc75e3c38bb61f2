import { authOptionsOf } from '@casemgmt/auth';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';
import { brokerList } from '@casemgmt/messaging';
import { AuditAppModule } from './audit-app.module';
import { AuditEnvironment } from './audit.environment';

runHttpService({
  name: 'audit',
  environment: () => validateEnvironment(AuditEnvironment),
  module: (env) => {
    const brokers = brokerList(env.KAFKA_BROKERS ?? '');
    return AuditAppModule.forRoot({
      databaseUrl: env.DATABASE_URL,
      auth: authOptionsOf(env),
      source: brokers.length > 0 ? { kafkaBrokers: brokers } : 'store',
    });
  },
  http: {
    title: 'Audit',
    description:
      'Tamper-evident audit trail: every published event in a per-tenant hash chain, case timelines, case state ' +
      'as of any date, and chain verification. Auditors only; read-only.',
    version: '0.1.0',
  },
  describe: (env) => `events from ${brokerList(env.KAFKA_BROKERS ?? '').length > 0 ? 'Kafka' : 'the event store'}`,
});
