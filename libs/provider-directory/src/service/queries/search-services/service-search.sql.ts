/** What a case manager searches by; every criterion is optional and they combine with AND. */
export interface ServiceSearchCriteria {
  readonly tenantId: string;
  /** A taxonomy term's id, code or name; services tagged with it or with any term below it match. */
  readonly need?: string;
  /** Free text, in web-search syntax (`"food bank" -pantry`), matched against the service's text. */
  readonly text?: string;
  readonly near?: { readonly latitude: number; readonly longitude: number; readonly radiusKm: number };
  /** An ISO 639 code (`es`) or language name (`Spanish`) the service is offered in. */
  readonly language?: string;
  /** The client's age: services whose age range admits it. */
  readonly age?: number;
  /** Only services that report open capacity. */
  readonly openCapacity?: boolean;
  readonly page: number;
  readonly perPage: number;
}

export interface SqlQuery {
  readonly text: string;
  readonly values: unknown[];
}

/** Mean earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

export interface BoundingBox {
  readonly minLatitude: number;
  readonly maxLatitude: number;
  readonly minLongitude: number;
  readonly maxLongitude: number;
}

/**
 * The latitude/longitude box that holds every point within `radiusKm` of the centre: an index range scan finds the
 * candidates, the haversine distance then decides. Near a pole or across the antimeridian the box spans every
 * longitude, which stays correct and only costs a wider scan.
 */
export function boundingBox(latitude: number, longitude: number, radiusKm: number): BoundingBox {
  const latitudeDelta = radiusKm / KM_PER_DEGREE;
  const minLatitude = Math.max(-90, latitude - latitudeDelta);
  const maxLatitude = Math.min(90, latitude + latitudeDelta);
  const angular = radiusKm / EARTH_RADIUS_KM;
  const sinDelta = Math.sin(angular) / Math.cos((latitude * Math.PI) / 180);
  if (maxLatitude >= 90 || minLatitude <= -90 || angular >= Math.PI / 2 || sinDelta >= 1) {
    return { minLatitude, maxLatitude, minLongitude: -180, maxLongitude: 180 };
  }
  const longitudeDelta = (Math.asin(sinDelta) * 180) / Math.PI;
  const minLongitude = longitude - longitudeDelta;
  const maxLongitude = longitude + longitudeDelta;
  if (minLongitude < -180 || maxLongitude > 180)
    return { minLatitude, maxLatitude, minLongitude: -180, maxLongitude: 180 };
  return { minLatitude, maxLatitude, minLongitude, maxLongitude };
}

/** Great-circle distance in km (the same formula the search runs in SQL). */
export function haversineKm(latitude1: number, longitude1: number, latitude2: number, longitude2: number): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const a =
    Math.sin(radians(latitude2 - latitude1) / 2) ** 2 +
    Math.cos(radians(latitude1)) * Math.cos(radians(latitude2)) * Math.sin(radians(longitude2 - longitude1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Builds the search: the matches and their rank from the narrow `service_search` table (with the locations when
 * searching near a point), then the listing rows of the one page asked for. Ranking (ADR 0007), in order:
 * 1. relevance of the text, as a tier: 3 when the service's name matches the whole query, 2 its taxonomy terms,
 *    1 when only its description, other text or its fields together match; 0 for all without a text query;
 * 2. distance to the service's nearest location, nearest first (when searching near a point);
 * 3. open capacity, most first, services that report none last;
 * 4. then PostgreSQL's ts_rank, the name and the id, so that pages are stable.
 */
export function buildServiceSearchSql(criteria: ServiceSearchCriteria): SqlQuery {
  const values: unknown[] = [criteria.tenantId];
  const param = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  const ctes: string[] = [];
  const joins: string[] = [];
  const where = [
    'ss.tenant_id = $1',
    "ss.status = 'active'",
    'NOT ss.suspended',
    `NOT EXISTS (SELECT 1 FROM provider_directory.organizations o
      WHERE o.tenant_id = ss.tenant_id AND o.id = ss.organization_id AND o.suspended_reason IS NOT NULL)`,
  ];
  let relevance = '0';
  let textRank = '0';
  let distance = 'NULL::double precision';
  let groupBy = '';
  let nearest =
    'NULL AS location_id, NULL AS location_name, NULL::double precision AS latitude, NULL::double precision AS longitude';
  let nearestJoin = '';

  if (criteria.need !== undefined) {
    const need = param(criteria.need.trim().toLowerCase());
    const needId = param(criteria.need.trim());
    ctes.push(`need_terms AS (
      SELECT t.id FROM provider_directory.taxonomy_terms t
      WHERE t.tenant_id = $1 AND (t.id = ${needId} OR lower(t.code) = ${need} OR lower(t.name) = ${need})
      UNION
      SELECT c.id FROM provider_directory.taxonomy_terms c JOIN need_terms p ON c.parent_id = p.id
      WHERE c.tenant_id = $1)`);
    where.push(
      `(ss.taxonomy_term_ids && ARRAY(SELECT id FROM need_terms) OR ss.taxonomy_keys @> ARRAY[${need}]::text[])`,
    );
  }

  if (criteria.text !== undefined && criteria.text.trim() !== '') {
    const query = `websearch_to_tsquery('english', ${param(criteria.text)})`;
    where.push(`ss.search @@ ${query}`);
    relevance = `CASE WHEN ss.search_name @@ ${query} THEN 3 WHEN ss.search_taxonomy @@ ${query} THEN 2 ELSE 1 END`;
    textRank = `ts_rank(ss.search, ${query})`;
  }

  if (criteria.near !== undefined) {
    const { latitude, longitude, radiusKm } = criteria.near;
    const box = boundingBox(latitude, longitude, radiusKm);
    const haversine = haversineSql(param(latitude), param(longitude));
    // A plain join lets the planner start from whichever is more selective: the box, or the other criteria.
    joins.push(
      `JOIN provider_directory.service_at_locations sal ON sal.tenant_id = ss.tenant_id AND sal.service_id = ss.id`,
      `JOIN provider_directory.locations l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id`,
    );
    where.push(
      `l.latitude BETWEEN ${param(box.minLatitude)} AND ${param(box.maxLatitude)}`,
      `l.longitude BETWEEN ${param(box.minLongitude)} AND ${param(box.maxLongitude)}`,
    );
    distance = `min(${haversine})`;
    // The radius is checked after grouping: as a row filter its selectivity is a guess that makes PostgreSQL
    // underestimate the box and probe the services from every location in it rather than the other way round.
    groupBy = `GROUP BY ss.tenant_id, ss.id HAVING min(${haversine}) <= ${param(radiusKm)}`;
    nearest = 'n.location_id, n.location_name, n.latitude, n.longitude';
    nearestJoin = `LEFT JOIN LATERAL (
      SELECT l.id AS location_id, l.name AS location_name, l.latitude, l.longitude
      FROM provider_directory.service_at_locations sal
      JOIN provider_directory.locations l ON l.tenant_id = sal.tenant_id AND l.id = sal.location_id
      WHERE sal.tenant_id = $1 AND sal.service_id = p.id AND l.latitude IS NOT NULL
      ORDER BY ${haversine}, l.id
      LIMIT 1) n ON true`;
  }

  if (criteria.language !== undefined)
    where.push(`ss.language_keys @> ARRAY[${param(criteria.language.trim().toLowerCase())}]::text[]`);
  if (criteria.age !== undefined) {
    const age = param(criteria.age);
    where.push(
      `(ss.minimum_age IS NULL OR ss.minimum_age <= ${age})`,
      `(ss.maximum_age IS NULL OR ss.maximum_age >= ${age})`,
    );
  }
  if (criteria.openCapacity === true) where.push('ss.capacity_available > 0');

  const order =
    'relevance DESC, distance_km ASC NULLS LAST, capacity_available DESC NULLS LAST, text_rank DESC, name ASC, id ASC';
  ctes.push(`matches AS (
    SELECT ss.id, ss.name, ss.capacity_available, ${relevance} AS relevance, ${textRank} AS text_rank, ${distance} AS distance_km
    FROM provider_directory.service_search ss
    ${joins.join('\n    ')}
    WHERE ${where.join('\n      AND ')}
    ${groupBy})`);
  ctes.push(`page AS (
    SELECT m.*, count(*) OVER () AS total_items FROM matches m
    ORDER BY ${order}
    LIMIT ${param(criteria.perPage)} OFFSET ${param((criteria.page - 1) * criteria.perPage)})`);
  const text = `WITH RECURSIVE ${ctes.join(',\n')}
SELECT s.*, o.name AS organization_name, p.relevance, p.distance_km, p.capacity_available, p.total_items, ${nearest}
FROM page p
JOIN provider_directory.services s ON s.tenant_id = $1 AND s.id = p.id
LEFT JOIN provider_directory.organizations o ON o.tenant_id = s.tenant_id AND o.id = s.organization_id
${nearestJoin}
ORDER BY ${order.replace(/(^|, )(relevance|distance_km|capacity_available|text_rank|name|id) /g, '$1p.$2 ')}`;
  return { text, values };
}

function haversineSql(latitude: string, longitude: string): string {
  return `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
        power(sin(radians(l.latitude - ${latitude}) / 2), 2)
        + cos(radians(${latitude})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${longitude}) / 2), 2)))))`;
}
