import { IsTimeZone } from 'class-validator';
import { auditService } from '@casemgmt/audit';
import { HostEnvironment, HostModule, hostOptionsOf } from '@casemgmt/host';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';

/** The host's variables and the agency's time zone, in which compliance counts days (no client data: no key). */
class AuditAppEnvironment extends HostEnvironment {
  @IsTimeZone()
  readonly AGENCY_TIME_ZONE: string = 'America/Los_Angeles';
}

// The audit trail as a service of its own: with KAFKA_BROKERS it consumes the services' topics, otherwise it
// follows the event store in its database.
runHttpService({
  name: 'audit',
  environment: () => validateEnvironment(AuditAppEnvironment),
  module: (env) => {
    // The chain, its inbox and its checkpoint commit in one PostgreSQL transaction: audit never reads EventStoreDB.
    const { eventStoreDbConnectionString: _notRead, ...host } = hostOptionsOf(env);
    return HostModule.forRoot({ ...host, services: [auditService({ timeZone: env.AGENCY_TIME_ZONE })] });
  },
  http: {
    title: 'Audit',
    description:
      'Tamper-evident audit trail: every published event in a per-tenant hash chain, case timelines, case state ' +
      'as of any date and changes between dates, chain verification, compliance reports on both clocks, the ' +
      'accounting of disclosures and exports. Auditors read; admins set the compliance rules.',
    version: '0.1.0',
  },
  describe: (env) => `events from ${hostOptionsOf(env).kafkaBrokers?.length ? 'Kafka' : 'the event store'}`,
});
