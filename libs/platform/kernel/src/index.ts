export {
  DomainError,
  contextErrorFactory,
  isDomainError,
  type ErrorAnswer,
  type ErrorKind,
  type FieldViolation,
} from './errors/domain-error';
export { httpStatusOf } from './errors/error-status';
export { type ErrorBody } from './http/error-body';
export { createValidationPipe, flattenValidationErrors, validationFailed } from './http/validation.pipe';
export { MAX_JSON_DEPTH, UUID_PATTERN } from './http/input-limits';
export { DomainExceptionFilter } from './http/domain-exception.filter';
export {
  createHttpApp,
  jsonLogger,
  openApiDocumentOf,
  type HttpAppOptions,
  type OpenApiInfo,
} from './http/create-http-app';
export { validateEnvironment, EnvironmentError } from './config/validate-environment';
export { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database';
export { migrateSchema, type SchemaMigration } from './database/schema-migrations';
export { ServiceEnvironment } from './config/service-environment';
export { runHttpService, type HttpServiceDefinition } from './http/run-http-service';
export {
  addDays,
  after,
  calendarDateOf,
  endOfDate,
  endOfNextBusinessDay,
  instantOf,
  isCalendarDate,
  isIsoDuration,
  isTimeZone,
  parseHolidays,
} from './calendar/agency-calendar';
