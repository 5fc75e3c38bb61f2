import { auditService } from '@casemgmt/audit';
import { HostEnvironment, HostModule, hostOptionsOf } from '@casemgmt/host';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';

// The audit trail as a service of its own: with KAFKA_BROKERS it consumes the services' topics, otherwise it
// follows the event store in its database.
runHttpService({
  name: 'audit',
  environment: () => validateEnvironment(HostEnvironment),
  module: (env) => {
    // The chain, its inbox and its checkpoint commit in one PostgreSQL transaction: audit never reads EventStoreDB.
    const { eventStoreDbConnectionString: _notRead, ...host } = hostOptionsOf(env);
    return HostModule.forRoot({ ...host, services: [auditService()] });
  },
  http: {
    title: 'Audit',
    description:
      'Tamper-evident audit trail: every published event in a per-tenant hash chain, case timelines, case state ' +
      'as of any date, and chain verification. Auditors only; read-only.',
    version: '0.1.0',
  },
  describe: (env) => `events from ${hostOptionsOf(env).kafkaBrokers?.length ? 'Kafka' : 'the event store'}`,
});
