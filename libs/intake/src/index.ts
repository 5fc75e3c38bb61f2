export {
  IntakeModule,
  INTAKE_ENTITIES,
  INTAKE_MIGRATIONS,
  INTAKE_PROJECTIONS,
  INTAKE_PROJECTION_RUNNER,
  INTAKE_READ_MODEL_SCHEMA,
  PERSONAL_DATA_VAULT,
  type IntakeModuleOptions,
} from './intake.module';
export { INTAKE_CONTRACT } from './intake.contract';
export { INTAKE_CATEGORIES, intakeStreamId, idOfIntakeStream } from './shared/intake-streams';
export { INTAKE_EVENT_STORE } from './shared/intake-options';
export { IntakeEnvironment, intakeOptionsOf } from './intake.environment';
