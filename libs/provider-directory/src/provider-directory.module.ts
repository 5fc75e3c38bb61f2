import { Logger, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@casemgmt/event-store';
import { ProjectionRunner, type Projection } from '@casemgmt/read-model';
import { DirectoryRecords } from './hsds/directory-records';
import { HsdsImporter } from './hsds/import/hsds-importer';
import { HsdsSchemas, sharedHsdsSchemas } from './hsds/hsds-schemas';
import { GetApiMetaHttpController } from './hsds/queries/get-api-meta/get-api-meta.http.controller';
import { RegisterLocationHandler } from './location/commands/register-location/register-location.handler';
import { RegisterLocationHttpController } from './location/commands/register-location/register-location.http.controller';
import { UpdateLocationHandler } from './location/commands/update-location/update-location.handler';
import { UpdateLocationHttpController } from './location/commands/update-location/update-location.http.controller';
import { LocationListing } from './location/projections/location-listing/location-listing.entity';
import { locationListingProjection } from './location/projections/location-listing/location-listing.projection';
import { RegisterOrganizationHandler } from './organization/commands/register-organization/register-organization.handler';
import { RegisterOrganizationHttpController } from './organization/commands/register-organization/register-organization.http.controller';
import { ReinstateOrganizationHandler } from './organization/commands/reinstate-organization/reinstate-organization.handler';
import { ReinstateOrganizationHttpController } from './organization/commands/reinstate-organization/reinstate-organization.http.controller';
import { SuspendOrganizationHandler } from './organization/commands/suspend-organization/suspend-organization.handler';
import { SuspendOrganizationHttpController } from './organization/commands/suspend-organization/suspend-organization.http.controller';
import { UpdateOrganizationHandler } from './organization/commands/update-organization/update-organization.handler';
import { UpdateOrganizationHttpController } from './organization/commands/update-organization/update-organization.http.controller';
import { OrganizationListing } from './organization/projections/organization-listing/organization-listing.entity';
import { organizationListingProjection } from './organization/projections/organization-listing/organization-listing.projection';
import { GetOrganizationHttpController } from './organization/queries/get-organization/get-organization.http.controller';
import { GetOrganizationQuery } from './organization/queries/get-organization/get-organization.query';
import { ListOrganizationsHttpController } from './organization/queries/list-organizations/list-organizations.http.controller';
import { ListOrganizationsQuery } from './organization/queries/list-organizations/list-organizations.query';
import { RegisterServiceAtLocationHandler } from './service-at-location/commands/register-service-at-location/register-service-at-location.handler';
import { RegisterServiceAtLocationHttpController } from './service-at-location/commands/register-service-at-location/register-service-at-location.http.controller';
import { UpdateServiceAtLocationHandler } from './service-at-location/commands/update-service-at-location/update-service-at-location.handler';
import { UpdateServiceAtLocationHttpController } from './service-at-location/commands/update-service-at-location/update-service-at-location.http.controller';
import { ServiceAtLocationListing } from './service-at-location/projections/service-at-location-listing/service-at-location-listing.entity';
import { serviceAtLocationListingProjection } from './service-at-location/projections/service-at-location-listing/service-at-location-listing.projection';
import { GetServiceAtLocationHttpController } from './service-at-location/queries/get-service-at-location/get-service-at-location.http.controller';
import { GetServiceAtLocationQuery } from './service-at-location/queries/get-service-at-location/get-service-at-location.query';
import { ListServiceAtLocationsHttpController } from './service-at-location/queries/list-service-at-locations/list-service-at-locations.http.controller';
import { ListServiceAtLocationsQuery } from './service-at-location/queries/list-service-at-locations/list-service-at-locations.query';
import { RegisterServiceHandler } from './service/commands/register-service/register-service.handler';
import { RegisterServiceHttpController } from './service/commands/register-service/register-service.http.controller';
import { ReinstateServiceHandler } from './service/commands/reinstate-service/reinstate-service.handler';
import { ReinstateServiceHttpController } from './service/commands/reinstate-service/reinstate-service.http.controller';
import { SuspendServiceHandler } from './service/commands/suspend-service/suspend-service.handler';
import { SuspendServiceHttpController } from './service/commands/suspend-service/suspend-service.http.controller';
import { UpdateServiceCapacityHandler } from './service/commands/update-service-capacity/update-service-capacity.handler';
import { UpdateServiceCapacityHttpController } from './service/commands/update-service-capacity/update-service-capacity.http.controller';
import { UpdateServiceHandler } from './service/commands/update-service/update-service.handler';
import { UpdateServiceHttpController } from './service/commands/update-service/update-service.http.controller';
import { ServiceListing } from './service/projections/service-listing/service-listing.entity';
import { serviceListingProjection } from './service/projections/service-listing/service-listing.projection';
import { ServiceSearch } from './service/projections/service-search/service-search.entity';
import { serviceSearchProjection } from './service/projections/service-search/service-search.projection';
import { GetServiceHistoryHttpController } from './service/queries/get-service-history/get-service-history.http.controller';
import { GetServiceHistoryQuery } from './service/queries/get-service-history/get-service-history.query';
import { GetServiceHttpController } from './service/queries/get-service/get-service.http.controller';
import { GetServiceQuery } from './service/queries/get-service/get-service.query';
import { ListServicesHttpController } from './service/queries/list-services/list-services.http.controller';
import { ListServicesQuery } from './service/queries/list-services/list-services.query';
import { SearchServicesHttpController } from './service/queries/search-services/search-services.http.controller';
import { SearchServicesQuery } from './service/queries/search-services/search-services.query';
import { TaxonomyTermListing } from './taxonomy-term/projections/taxonomy-term-listing/taxonomy-term-listing.entity';
import { taxonomyTermListingProjection } from './taxonomy-term/projections/taxonomy-term-listing/taxonomy-term-listing.projection';
import { ListTaxonomyTermsHttpController } from './taxonomy-term/queries/list-taxonomy-terms/list-taxonomy-terms.http.controller';
import { ListTaxonomyTermsQuery } from './taxonomy-term/queries/list-taxonomy-terms/list-taxonomy-terms.query';
import { TaxonomyListing } from './taxonomy/projections/taxonomy-listing/taxonomy-listing.entity';
import { taxonomyListingProjection } from './taxonomy/projections/taxonomy-listing/taxonomy-listing.projection';
import { ListTaxonomiesHttpController } from './taxonomy/queries/list-taxonomies/list-taxonomies.http.controller';
import { ListTaxonomiesQuery } from './taxonomy/queries/list-taxonomies/list-taxonomies.query';

/** The read-model tables of the directory, as TypeORM entities. */
export const PROVIDER_DIRECTORY_ENTITIES = [
  OrganizationListing,
  LocationListing,
  ServiceListing,
  ServiceSearch,
  ServiceAtLocationListing,
  TaxonomyListing,
  TaxonomyTermListing,
];

/** The projections that feed them, one catch-up subscription each. */
export const PROVIDER_DIRECTORY_PROJECTIONS: readonly Projection[] = [
  organizationListingProjection,
  locationListingProjection,
  serviceListingProjection,
  serviceSearchProjection,
  serviceAtLocationListingProjection,
  taxonomyListingProjection,
  taxonomyTermListingProjection,
];

/** Injection token of the directory's {@link ProjectionRunner}. */
export const PROVIDER_DIRECTORY_PROJECTION_RUNNER = Symbol('PROVIDER_DIRECTORY_PROJECTION_RUNNER');

/**
 * The provider directory (Open Referral HSDS 3.0): its HSDS API, directory administration, capacity reports,
 * case-manager search and listing history. The app provides the EventStoreModule, the TypeORM root
 * (`autoLoadEntities`) and the AuthModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature(PROVIDER_DIRECTORY_ENTITIES)],
  controllers: [
    GetApiMetaHttpController,
    ListServicesHttpController,
    GetServiceHttpController,
    ListOrganizationsHttpController,
    GetOrganizationHttpController,
    ListServiceAtLocationsHttpController,
    GetServiceAtLocationHttpController,
    ListTaxonomiesHttpController,
    ListTaxonomyTermsHttpController,
    SearchServicesHttpController,
    GetServiceHistoryHttpController,
    RegisterOrganizationHttpController,
    UpdateOrganizationHttpController,
    SuspendOrganizationHttpController,
    ReinstateOrganizationHttpController,
    RegisterLocationHttpController,
    UpdateLocationHttpController,
    RegisterServiceHttpController,
    UpdateServiceHttpController,
    SuspendServiceHttpController,
    ReinstateServiceHttpController,
    UpdateServiceCapacityHttpController,
    RegisterServiceAtLocationHttpController,
    UpdateServiceAtLocationHttpController,
  ],
  providers: [
    { provide: HsdsSchemas, useFactory: sharedHsdsSchemas },
    {
      provide: PROVIDER_DIRECTORY_PROJECTION_RUNNER,
      inject: [EVENT_STORE, getDataSourceToken()],
      useFactory: (store: EventStore, dataSource: DataSource) =>
        new ProjectionRunner(
          store,
          dataSource,
          PROVIDER_DIRECTORY_PROJECTIONS,
          new Logger('ProviderDirectoryProjections'),
        ),
    },
    DirectoryRecords,
    HsdsImporter,
    RegisterOrganizationHandler,
    UpdateOrganizationHandler,
    SuspendOrganizationHandler,
    ReinstateOrganizationHandler,
    RegisterLocationHandler,
    UpdateLocationHandler,
    RegisterServiceHandler,
    UpdateServiceHandler,
    SuspendServiceHandler,
    ReinstateServiceHandler,
    UpdateServiceCapacityHandler,
    RegisterServiceAtLocationHandler,
    UpdateServiceAtLocationHandler,
    ListServicesQuery,
    GetServiceQuery,
    GetServiceHistoryQuery,
    SearchServicesQuery,
    ListOrganizationsQuery,
    GetOrganizationQuery,
    ListServiceAtLocationsQuery,
    GetServiceAtLocationQuery,
    ListTaxonomiesQuery,
    ListTaxonomyTermsQuery,
  ],
  exports: [HsdsImporter, SearchServicesQuery],
})
export class ProviderDirectoryModule {}
