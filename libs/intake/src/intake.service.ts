import type { HostedService } from '@casemgmt/host';
import { INTAKE_CONTRACT } from './intake.contract';
import { INTAKE_MIGRATIONS, INTAKE_READ_MODEL_SCHEMA, IntakeModule, type IntakeModuleOptions } from './intake.module';

/** Intake as a host runs it: its module, the `intake` schema, and the contract relayed to Kafka. */
export function intakeService(options: IntakeModuleOptions): HostedService {
  return {
    module: () => IntakeModule.forRoot(options),
    schema: { name: INTAKE_READ_MODEL_SCHEMA, migrations: INTAKE_MIGRATIONS },
    contract: INTAKE_CONTRACT,
  };
}
