import { given } from '@casemgmt/testing';
import { ADMIN_METADATA } from '../shared/directory-actors.fixture';
import { serviceAtLocationDecider, type ServiceAtLocationEvent } from './service-at-location.decider';

const serviceAtLocationId = 'e94c9f38-1e8f-4564-91d4-d53501ab1765';
const serviceAtLocation = { service_id: 's-1', location_id: 'l-1', description: 'Counselling at the civic center' };
const registered: ServiceAtLocationEvent = {
  type: 'ServiceAtLocationRegistered',
  data: { serviceAtLocationId, serviceAtLocation },
};
const metadata = ADMIN_METADATA;

describe('ServiceAtLocation decider', () => {
  it('places a service at a location', () => {
    expect(
      given(serviceAtLocationDecider, []).when({
        type: 'RegisterServiceAtLocation',
        data: { serviceAtLocationId, serviceAtLocation },
        metadata,
      }),
    ).toEqual([registered]);
  });

  it('refuses a placement without its location', () => {
    expect(() =>
      given(serviceAtLocationDecider, []).when({
        type: 'RegisterServiceAtLocation',
        data: { serviceAtLocationId, serviceAtLocation: { service_id: 's-1' } },
        metadata,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'DIRECTORY.INVALID_SERVICE_AT_LOCATION',
        details: { field: 'location_id', reason: 'is required' },
      }),
    );
  });

  it('updates the changed fields only and ignores an identical import', () => {
    const past = given(serviceAtLocationDecider, [registered]);
    expect(
      past.when({
        type: 'UpdateServiceAtLocation',
        data: { serviceAtLocationId, changes: { description: 'Moved upstairs' } },
        metadata,
      }),
    ).toEqual([
      { type: 'ServiceAtLocationUpdated', data: { serviceAtLocationId, changes: { description: 'Moved upstairs' } } },
    ]);
    expect(
      past.when({ type: 'ImportServiceAtLocation', data: { serviceAtLocationId, serviceAtLocation }, metadata }),
    ).toEqual([]);
  });

  it('refuses a second registration and an update of an unknown placement', () => {
    expect(() =>
      given(serviceAtLocationDecider, [registered]).when({
        type: 'RegisterServiceAtLocation',
        data: { serviceAtLocationId, serviceAtLocation },
        metadata,
      }),
    ).toThrow(expect.objectContaining({ code: 'DIRECTORY.SERVICE_AT_LOCATION_ALREADY_REGISTERED' }));
    expect(() =>
      given(serviceAtLocationDecider, []).when({
        type: 'UpdateServiceAtLocation',
        data: { serviceAtLocationId, changes: {} },
        metadata,
      }),
    ).toThrow(expect.objectContaining({ code: 'DIRECTORY.SERVICE_AT_LOCATION_NOT_FOUND' }));
  });
});
