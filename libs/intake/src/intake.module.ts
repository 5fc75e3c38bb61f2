import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { DATABASE_POOL, EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import {
  createBlindIndex,
  createPostgresPersonalDataVault,
  protectPersonalData,
  type BlindIndex,
  type PersonalDataVault,
} from '@casemgmt/personal-data';
import { ProjectionRunner, type Projection } from '@casemgmt/read-model';
import {
  CASE_CONTROLLERS,
  CASE_ENTITIES,
  CASE_MIGRATIONS,
  CASE_PROJECTIONS,
  CASE_PROVIDERS,
} from './case/case.providers';
import {
  CLIENT_CONTROLLERS,
  CLIENT_ENTITIES,
  CLIENT_MIGRATIONS,
  CLIENT_PROVIDERS,
  clientProjections,
} from './client/client.providers';
import {
  CONSENT_CONTROLLERS,
  CONSENT_ENTITIES,
  CONSENT_MIGRATIONS,
  CONSENT_PROVIDERS,
  consentProjections,
} from './consent/consent.providers';
import { AccessLog } from './shared/access-log';
import { IntakeRefusedRequests } from './shared/refused-requests';
import {
  WORKER_CONTROLLERS,
  WORKER_ENTITIES,
  WORKER_MIGRATIONS,
  WORKER_PROJECTIONS,
  WORKER_PROVIDERS,
} from './worker/worker.providers';
import {
  BLIND_INDEX,
  INTAKE_EVENT_STORE,
  INTAKE_OPTIONS,
  PERSONAL_DATA_VAULT,
  type IntakeOptions,
} from './shared/intake-options';

/** The read-model schema intake owns. */
export const INTAKE_READ_MODEL_SCHEMA = 'intake';

export const INTAKE_ENTITIES = [...CLIENT_ENTITIES, ...CASE_ENTITIES, ...CONSENT_ENTITIES, ...WORKER_ENTITIES];
/** Intake's projections; the client search and consent directives are kept with the master key's blind index. */
export function intakeProjections(blindIndex: BlindIndex): readonly Projection[] {
  return [
    ...clientProjections(blindIndex),
    ...CASE_PROJECTIONS,
    ...consentProjections(blindIndex),
    ...WORKER_PROJECTIONS,
  ];
}
export const INTAKE_MIGRATIONS = [
  ...CLIENT_MIGRATIONS,
  ...CASE_MIGRATIONS,
  ...CONSENT_MIGRATIONS,
  ...WORKER_MIGRATIONS,
];

/** Injection token of intake's {@link ProjectionRunner}. */
export const INTAKE_PROJECTION_RUNNER = Symbol('INTAKE_PROJECTION_RUNNER');
/** Injection token of the list of intake's projections as the runner runs them. */
export const INTAKE_PROJECTIONS = Symbol('INTAKE_PROJECTIONS');

export interface IntakeModuleOptions extends IntakeOptions {
  /** Base64 of the 32-byte key that wraps every client's data key (from a secret store in production). */
  readonly personalDataMasterKey: string;
}

/**
 * Intake: clients (duplicates, merge, corrections), cases (lifecycle, assignment, screenings, needs, eligibility),
 * consents (42 CFR Part 2), and the workers cases are assigned to, with their caseloads. The app provides the EventStoreModule, the TypeORM root (`autoLoadEntities`) and
 * the AuthModule.
 */
@Module({})
export class IntakeModule {
  static forRoot(options: IntakeModuleOptions): DynamicModule {
    return {
      module: IntakeModule,
      imports: [TypeOrmModule.forFeature(INTAKE_ENTITIES)],
      controllers: [...CLIENT_CONTROLLERS, ...CASE_CONTROLLERS, ...CONSENT_CONTROLLERS, ...WORKER_CONTROLLERS],
      providers: [
        {
          provide: INTAKE_OPTIONS,
          useValue: { caseloadLimit: options.caseloadLimit, timeZone: options.timeZone } satisfies IntakeOptions,
        },
        {
          provide: PERSONAL_DATA_VAULT,
          inject: [DATABASE_POOL],
          useFactory: (pool: Pool) =>
            createPostgresPersonalDataVault({ pool, masterKey: options.personalDataMasterKey }),
        },
        {
          provide: INTAKE_EVENT_STORE,
          inject: [EVENT_STORE, PERSONAL_DATA_VAULT],
          useFactory: (store: EventStore, vault: PersonalDataVault) => protectPersonalData(store, vault),
        },
        { provide: BLIND_INDEX, useFactory: () => createBlindIndex(options.personalDataMasterKey) },
        { provide: INTAKE_PROJECTIONS, inject: [BLIND_INDEX], useFactory: intakeProjections },
        {
          provide: INTAKE_PROJECTION_RUNNER,
          inject: [INTAKE_EVENT_STORE, getDataSourceToken(), INTAKE_PROJECTIONS],
          useFactory: (store: EventStore, dataSource: DataSource, projections: readonly Projection[]) =>
            new ProjectionRunner(store, dataSource, projections, new Logger('IntakeProjections')),
        },
        AccessLog,
        IntakeRefusedRequests,
        ...CLIENT_PROVIDERS,
        ...CASE_PROVIDERS,
        ...CONSENT_PROVIDERS,
        ...WORKER_PROVIDERS,
      ],
      exports: [INTAKE_EVENT_STORE, PERSONAL_DATA_VAULT],
    };
  }
}
