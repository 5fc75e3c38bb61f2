// The module and what an app or a tool needs to host it. Other contexts import
// `@casemgmt/provider-directory/published` (ADR 0018).
export {
  ProviderDirectoryModule,
  PROVIDER_DIRECTORY_ENTITIES,
  PROVIDER_DIRECTORY_PROJECTIONS,
  PROVIDER_DIRECTORY_PROJECTION_RUNNER,
} from './provider-directory.module';
export { PROVIDER_DIRECTORY_CONTRACT, PROVIDER_DIRECTORY_EVENT_TYPES } from './provider-directory.contract';
export { PROVIDER_DIRECTORY_MIGRATIONS, READ_MODEL_SCHEMA } from './provider-directory.migrations';
export { providerDirectoryService } from './provider-directory.service';
export { ALL_DIRECTORY_CATEGORIES, DIRECTORY_CATEGORIES, streamIdOf } from './shared/directory-streams';
export type { CommandMetadata } from '@casemgmt/decider';
export {
  HsdsImporter,
  formatImportSummary,
  type ImportOptions,
  type ImportSummary,
  type KindCounts,
} from './hsds/import/hsds-importer';
export type { InvalidRecord } from './hsds/import/hsds-document-reader';
export { runImportCli } from './hsds/import/import.cli';
export { HsdsSchemas, HSDS_ANNOTATION_KEYWORDS, createHsdsAjv } from './hsds/hsds-schemas';
export type * from './hsds/hsds.types';
export {
  SearchServicesQuery,
  type ServiceSearchHit,
  type ServiceSearchResult,
} from './service/queries/search-services/search-services.query';
export {
  buildServiceSearchSql,
  type ServiceSearchCriteria,
} from './service/queries/search-services/service-search.sql';
