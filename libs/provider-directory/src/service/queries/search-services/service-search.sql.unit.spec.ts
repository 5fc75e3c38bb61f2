import { boundingBox, buildServiceSearchSql, haversineKm } from './service-search.sql';

describe('distance search helpers', () => {
  it('measures great-circle distances in km', () => {
    // San Francisco City Hall to Oakland City Hall, about 13 km
    expect(haversineKm(37.7793, -122.4193, 37.8053, -122.2723)).toBeCloseTo(13.2, 0);
    expect(haversineKm(10, 20, 10, 20)).toBe(0);
  });

  it('draws a bounding box that holds every point of the radius', () => {
    const box = boundingBox(37.7793, -122.4193, 10);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const radians = (bearing * Math.PI) / 180;
      // A point just inside 10 km in each direction.
      const latitude = 37.7793 + (9.99 / 111.195) * Math.cos(radians);
      const longitude = -122.4193 + (9.99 / (111.195 * Math.cos((latitude * Math.PI) / 180))) * Math.sin(radians);
      expect(haversineKm(37.7793, -122.4193, latitude, longitude)).toBeLessThan(10.01);
      expect(latitude).toBeGreaterThanOrEqual(box.minLatitude);
      expect(latitude).toBeLessThanOrEqual(box.maxLatitude);
      expect(longitude).toBeGreaterThanOrEqual(box.minLongitude);
      expect(longitude).toBeLessThanOrEqual(box.maxLongitude);
    }
  });

  it('spans every longitude near a pole or across the antimeridian', () => {
    expect(boundingBox(89.9, 0, 50)).toMatchObject({ minLongitude: -180, maxLongitude: 180 });
    expect(boundingBox(0, 179.95, 20)).toMatchObject({ minLongitude: -180, maxLongitude: 180 });
  });
});

describe('service search SQL', () => {
  it('filters by tenant and active, unsuspended services only, with every value as a parameter', () => {
    const { text, values } = buildServiceSearchSql({ tenantId: 'county-a', page: 2, perPage: 20 });
    expect(text).toContain('ss.tenant_id = $1');
    expect(text).toContain("ss.status = 'active'");
    expect(text).toContain('NOT ss.suspended');
    expect(text).toContain('o.suspended_reason IS NOT NULL');
    expect(text).not.toContain('need_terms');
    expect(values).toEqual(['county-a', 20, 20]);
  });

  it('ranks by text relevance, then distance, then open capacity', () => {
    const { text, values } = buildServiceSearchSql({
      tenantId: 'county-a',
      text: "shelter'; DROP TABLE x; --",
      near: { latitude: 37.78, longitude: -122.42, radiusKm: 5 },
      page: 1,
      perPage: 10,
    });
    expect(text).toMatch(
      /ORDER BY relevance DESC, distance_km ASC NULLS LAST, capacity_available DESC NULLS LAST, text_rank DESC/,
    );
    expect(text).toMatch(
      /ORDER BY p\.relevance DESC, p\.distance_km ASC NULLS LAST, p\.capacity_available DESC NULLS LAST, p\.text_rank DESC, p\.name ASC, p\.id ASC$/,
    );
    expect(text).not.toContain('DROP TABLE');
    expect(values).toContain("shelter'; DROP TABLE x; --");
  });

  it('matches a need through the term hierarchy and the embedded term codes', () => {
    const { text, values } = buildServiceSearchSql({ tenantId: 'county-a', need: ' Housing ', page: 1, perPage: 10 });
    expect(text).toContain('WITH RECURSIVE need_terms');
    expect(text).toContain('JOIN need_terms p ON c.parent_id = p.id');
    expect(values.slice(0, 3)).toEqual(['county-a', 'housing', 'Housing']);
  });
});
