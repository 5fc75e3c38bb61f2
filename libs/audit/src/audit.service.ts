import type { HostedService } from '@casemgmt/host';
import { AUDIT_CONTRACT } from './compliance-feed/compliance-feed.contract';
import { AUDIT_MIGRATIONS, AUDIT_SCHEMA } from './audit.migrations';
import { AuditModule, type AuditModuleOptions } from './audit.module';

/**
 * The audit trail as a host runs it: the `audit` schema, and a module that follows the event store in one process
 * or the services' topics when the host has Kafka brokers. It publishes its cases' compliance deadlines (ADR 0038),
 * relayed under its contract.
 */
export function auditService(options: Omit<AuditModuleOptions, 'source'> = {}): HostedService {
  return {
    module: (source) =>
      AuditModule.forRoot({
        ...options,
        source: source.kind === 'kafka' ? { kafkaBrokers: source.brokers } : 'store',
      }),
    schema: { name: AUDIT_SCHEMA, migrations: AUDIT_MIGRATIONS },
    contract: AUDIT_CONTRACT,
  };
}
