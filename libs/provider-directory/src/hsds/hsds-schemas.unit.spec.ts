import { HsdsSchemas, hsdsStandardDir, jsonPath } from './hsds-schemas';

describe('HSDS object schemas', () => {
  const schemas = new HsdsSchemas();

  it('addresses violations by JSONPath, a missing field by its own path', () => {
    expect(jsonPath('/services/2/name')).toBe('$.services[2].name');
    expect(schemas.validateRecord('service', { id: 'ac148810-d857-441c-9679-408f346de14b', status: 'active' })).toEqual(
      [{ path: '$.name', reason: 'is required' }],
    );
  });

  it('checks nested sub-records but leaves nested records to their own check', () => {
    const violations = schemas.validateRecord('organization', {
      id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      name: 'Org',
      description: 'd',
      phones: [{ id: '1554f2e2-a373-45db-a3fa-9fc48a61c15e' }],
      services: [{ id: 'not even a service' }],
    });
    expect(violations).toEqual([{ path: '$.phones[0].number', reason: 'is required' }]);
  });

  it('checks HSDS 3.1 capacity on services', () => {
    const violations = schemas.validateRecord('service', {
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Shelter',
      status: 'active',
      service_capacity: [{ id: 'c', unit: { id: 'u', name: 'bed' }, available: -1, updated: '2026-01-01T00:00:00Z' }],
    });
    expect(violations).toEqual([{ path: '$.service_capacity[0].available', reason: 'must be >= 0' }]);
  });

  it('validates lists of sub-records by their schema file', () => {
    expect(
      schemas.validateSubRecords('language.json', [{ id: '2989d3ed-c547-48f8-8f9d-432d81c7892e', code: 'es' }], true),
    ).toEqual([]);
    expect(schemas.validateSubRecords('language.json', [{ code: 'es' }], true)).toEqual([
      { path: '$[0].id', reason: 'is required' },
    ]);
  });
});

describe('finding the HSDS reference copy', () => {
  it('finds docs/standards/hsds-3.0 above the library, or where HSDS_STANDARD_DIR says', () => {
    expect(hsdsStandardDir({})).toMatch(/docs\/standards\/hsds-3\.0$/);
    expect(hsdsStandardDir({ HSDS_STANDARD_DIR: '/srv/hsds' })).toBe('/srv/hsds');
  });
});
