import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { serviceSummary, recordOf, type HsdsDocument } from '../../../hsds/hsds-documents';
import { buildServiceSearchSql, type ServiceSearchCriteria } from './service-search.sql';

export interface ServiceSearchHit {
  /** The service as `GET /services` lists it (HSDS `service_list` item). */
  readonly service: HsdsDocument;
  readonly organizationName: string | null;
  /** The ranking tier of the text match (3 name, 2 taxonomy terms, 1 other text, 0 no text query). */
  readonly relevance: number;
  readonly distanceKm: number | null;
  readonly nearestLocation: {
    readonly id: string;
    readonly name: string | null;
    readonly latitude: number;
    readonly longitude: number;
  } | null;
  /** Open places over every reported unit; null when the provider reports no capacity. */
  readonly openCapacity: number | null;
}

export interface ServiceSearchResult {
  readonly totalItems: number;
  readonly page: number;
  readonly perPage: number;
  readonly results: readonly ServiceSearchHit[];
}

type SearchRow = Record<string, unknown> & {
  id: string;
  last_modified: Date;
  suspended_reason: string | null;
  organization_name: string | null;
  relevance: number;
  distance_km: number | null;
  location_id: string | null;
  location_name: string | null;
  latitude: number | null;
  longitude: number | null;
  capacity_available: number | null;
  total_items: string;
};

/** Search for case managers: need, free text, distance, language, age and open capacity, ranked (ADR 0007). */
@Injectable()
export class SearchServicesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(criteria: ServiceSearchCriteria): Promise<ServiceSearchResult> {
    const { text, values } = buildServiceSearchSql(criteria);
    const rows = (await this.dataSource.query(text, values)) as SearchRow[];
    return {
      totalItems: Number(rows[0]?.total_items ?? 0),
      page: criteria.page,
      perPage: criteria.perPage,
      results: rows.map((row) => ({
        service: serviceSummary(
          recordOf('service', row),
          { lastModified: row.last_modified, suspended: row.suspended_reason !== null },
          undefined,
        ),
        organizationName: row.organization_name,
        relevance: Number(row.relevance),
        distanceKm: row.distance_km === null ? null : Math.round(Number(row.distance_km) * 1000) / 1000,
        nearestLocation:
          row.location_id !== null && row.latitude !== null && row.longitude !== null
            ? { id: row.location_id, name: row.location_name, latitude: row.latitude, longitude: row.longitude }
            : null,
        openCapacity: row.capacity_available,
      })),
    };
  }
}
