import type { Provider, Type } from '@nestjs/common';
import type { SchemaMigration } from '@casemgmt/kernel';
import type { BlindIndex } from '@casemgmt/personal-data';
import type { Projection } from '@casemgmt/read-model';
import { ClientAccess } from './client-access';
import { CLIENT_MIGRATIONS as MIGRATIONS } from './client.migrations';
import { CorrectClientDetailsHandler } from './commands/correct-client-details/correct-client-details.handler';
import { CorrectClientDetailsHttpController } from './commands/correct-client-details/correct-client-details.http.controller';
import { EraseClientPersonalDataHandler } from './commands/erase-client-personal-data/erase-client-personal-data.handler';
import { EraseClientPersonalDataHttpController } from './commands/erase-client-personal-data/erase-client-personal-data.http.controller';
import { MergeClientsHandler } from './commands/merge-clients/merge-clients.handler';
import { MergeClientsHttpController } from './commands/merge-clients/merge-clients.http.controller';
import { RegisterClientHandler } from './commands/register-client/register-client.handler';
import { RegisterClientHttpController } from './commands/register-client/register-client.http.controller';
import { ClientSearch, ClientSearchTerm } from './projections/client-search/client-search.entity';
import { clientSearchProjection } from './projections/client-search/client-search.projection';
import { FindDuplicateCandidatesHttpController } from './queries/find-duplicate-candidates/find-duplicate-candidates.http.controller';
import { FindDuplicateCandidatesQuery } from './queries/find-duplicate-candidates/find-duplicate-candidates.query';
import { ClientRecords } from './queries/client-records';
import { GetClientHttpController } from './queries/get-client/get-client.http.controller';
import { GetClientQuery } from './queries/get-client/get-client.query';
import { SearchClientsHttpController } from './queries/search-clients/search-clients.http.controller';
import { SearchClientsQuery } from './queries/search-clients/search-clients.query';

// Everything the client aggregate adds to the intake module; intake.module.ts gathers these lists.
export const CLIENT_CONTROLLERS: readonly Type[] = [
  FindDuplicateCandidatesHttpController,
  RegisterClientHttpController,
  SearchClientsHttpController,
  GetClientHttpController,
  CorrectClientDetailsHttpController,
  MergeClientsHttpController,
  EraseClientPersonalDataHttpController,
];
export const CLIENT_PROVIDERS: readonly Provider[] = [
  ClientAccess,
  ClientRecords,
  FindDuplicateCandidatesQuery,
  RegisterClientHandler,
  CorrectClientDetailsHandler,
  MergeClientsHandler,
  EraseClientPersonalDataHandler,
  SearchClientsQuery,
  GetClientQuery,
];
export const CLIENT_ENTITIES: readonly Type[] = [ClientSearch, ClientSearchTerm];
/** The search projection hashes with the tenants' search keys: it is built with the blind index. */
export const clientProjections = (blindIndex: BlindIndex): readonly Projection[] => [
  clientSearchProjection(blindIndex),
];
export const CLIENT_MIGRATIONS: readonly SchemaMigration[] = MIGRATIONS;
