// The module and what an app needs to host it. Other contexts import `@casemgmt/intake/published` (ADR 0018).
export {
  IntakeModule,
  INTAKE_ENTITIES,
  INTAKE_MIGRATIONS,
  INTAKE_PROJECTIONS,
  INTAKE_PROJECTION_RUNNER,
  INTAKE_READ_MODEL_SCHEMA,
  type IntakeModuleOptions,
} from './intake.module';
export { INTAKE_CONTRACT } from './intake.contract';
export { intakeService } from './intake.service';
export { INTAKE_CATEGORIES, intakeStreamId, idOfIntakeStream } from './shared/intake-streams';
export { INTAKE_EVENT_STORE, PERSONAL_DATA_VAULT } from './shared/intake-options';
export { IntakeEnvironment, intakeOptionsOf } from './intake.environment';
