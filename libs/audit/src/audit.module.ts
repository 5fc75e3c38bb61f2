import { type DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL, EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import { CARE_PLAN_CONTRACT, carePlanStreamId, caseworkDecider, planDecider } from '@casemgmt/care-plan/published';
import { caseDecider, INTAKE_CONTRACT } from '@casemgmt/intake/published';
import { createKafkajsTransport, type ServiceContract } from '@casemgmt/messaging';
import { PROVIDER_DIRECTORY_CONTRACT } from '@casemgmt/provider-directory/published';
import { REFERRAL_CONTRACT, referralDecider } from '@casemgmt/referral/published';
import { AuditAccessLog, AuditRefusedRequests } from './access/audit-access-log';
import { COMPLIANCE_CONTROLLERS, complianceProviders } from './audit-compliance';
import { DEFAULT_COMPLIANCE_TIME_ZONE } from './compliance-read-model/compliance-options';
import { ComplianceEvaluator } from './compliance-read-model/compliance-evaluator';
import { CreateTenantExportHttpController } from './exports/create-tenant-export/create-tenant-export.http.controller';
import { ExportCaseTimelineHttpController } from './exports/export-case-timeline/export-case-timeline.http.controller';
import { ExportCaseTimelineQuery } from './exports/export-case-timeline/export-case-timeline.query';
import { GetTenantExportHttpController } from './exports/get-tenant-export/get-tenant-export.http.controller';
import { ReadTenantExportHttpController } from './exports/read-tenant-export/read-tenant-export.http.controller';
import { TenantExports } from './exports/tenant-exports';
import { AccountDisclosuresHttpController } from './queries/account-disclosures/account-disclosures.http.controller';
import { AccountDisclosuresQuery } from './queries/account-disclosures/account-disclosures.query';
import { GetCaseChangesHttpController } from './queries/get-case-changes/get-case-changes.http.controller';
import { GetCaseChangesQuery } from './queries/get-case-changes/get-case-changes.query';
import { GetCaseStateHttpController } from './queries/get-case-state/get-case-state.http.controller';
import {
  CASE_REPLAY_DECIDER,
  CASE_STREAM_REPLAYS,
  GetCaseStateQuery,
  type CaseCategoryReplay,
  type CaseStreamReplay,
} from './queries/get-case-state/get-case-state.query';
import type { ReplayDecider } from './queries/get-case-state/replay-stream';
import { GetCaseTimelineHttpController } from './queries/get-case-timeline/get-case-timeline.http.controller';
import { GetCaseTimelineQuery } from './queries/get-case-timeline/get-case-timeline.query';
import { VerifyChainHttpController } from './queries/verify-chain/verify-chain.http.controller';
import { VerifyChainQuery } from './queries/verify-chain/verify-chain.query';
import {
  AUDIT_CONSUMER,
  auditKafkaSource,
  auditStoreSource,
  type AuditEventSource,
  type AuditSource,
} from './source/audit-event-source';

/** The services whose events the audit trail keeps. */
export const AUDITED_CONTRACTS: readonly ServiceContract[] = [
  INTAKE_CONTRACT,
  CARE_PLAN_CONTRACT,
  REFERRAL_CONTRACT,
  PROVIDER_DIRECTORY_CONTRACT,
];

/**
 * A case's streams in care plan and its referrals, replayed beside intake's case with care plan's and referral's
 * own `evolve`.
 */
const CASE_STREAM_REPLAY_LIST: readonly (CaseStreamReplay | CaseCategoryReplay)[] = [
  { name: 'carePlans', streamIdOf: (caseId) => carePlanStreamId('plan', caseId), decider: planDecider },
  { name: 'casework', streamIdOf: (caseId) => carePlanStreamId('casework', caseId), decider: caseworkDecider },
  { name: 'referrals', category: 'referral.referral', decider: referralDecider },
];

/** Injection token of the consumer feeding the chain. */
export const AUDIT_EVENT_SOURCE = Symbol('AUDIT_EVENT_SOURCE');

export interface AuditModuleOptions {
  readonly source: AuditSource;
  /** Default {@link AUDITED_CONTRACTS}. */
  readonly contracts?: readonly ServiceContract[];
  /** Consumer name, inbox and Kafka group (default `audit`). */
  readonly consumer?: string;
  /** The agency's IANA time zone, in which compliance rules count days (default America/Los_Angeles). */
  readonly timeZone?: string;
  /** How often the compliance evaluator looks for new entries (default 150 ms). */
  readonly compliancePollIntervalMs?: number;
}

/**
 * The audit trail: every published event of the audited services in a per-tenant hash chain, case timelines,
 * case replay as of any date, chain verification and compliance with the agency's rules, for auditors (and admins,
 * who write the rule sets). The app provides the EventStoreModule and
 * the AuthModule.
 */
@Module({})
export class AuditModule {
  static forRoot(options: AuditModuleOptions): DynamicModule {
    const contracts = options.contracts ?? AUDITED_CONTRACTS;
    const consumer = options.consumer ?? AUDIT_CONSUMER;
    const { source } = options;
    return {
      module: AuditModule,
      controllers: [
        VerifyChainHttpController,
        GetCaseTimelineHttpController,
        GetCaseStateHttpController,
        AccountDisclosuresHttpController,
        ...COMPLIANCE_CONTROLLERS,
        GetCaseChangesHttpController,
        ExportCaseTimelineHttpController,
        CreateTenantExportHttpController,
        GetTenantExportHttpController,
        ReadTenantExportHttpController,
      ],
      providers: [
        {
          provide: AUDIT_EVENT_SOURCE,
          inject: [EVENT_STORE, DATABASE_POOL],
          useFactory: (store: EventStore, pool: Pool): AuditEventSource =>
            source === 'store'
              ? auditStoreSource({ store, pool, contracts, consumer })
              : auditKafkaSource({
                  transport: createKafkajsTransport({ brokers: [...source.kafkaBrokers], clientId: consumer }),
                  pool,
                  contracts,
                  consumer,
                }),
        },
        AuditAccessLog,
        AuditRefusedRequests,
        { provide: CASE_REPLAY_DECIDER, useValue: caseDecider satisfies ReplayDecider<unknown> },
        { provide: CASE_STREAM_REPLAYS, useValue: CASE_STREAM_REPLAY_LIST },
        VerifyChainQuery,
        GetCaseTimelineQuery,
        GetCaseStateQuery,
        AccountDisclosuresQuery,
        ...complianceProviders({
          timeZone: options.timeZone ?? DEFAULT_COMPLIANCE_TIME_ZONE,
          pollIntervalMs: options.compliancePollIntervalMs ?? 150,
        }),
        GetCaseChangesQuery,
        ExportCaseTimelineQuery,
        TenantExports,
      ],
      exports: [AUDIT_EVENT_SOURCE, ComplianceEvaluator],
    };
  }
}
