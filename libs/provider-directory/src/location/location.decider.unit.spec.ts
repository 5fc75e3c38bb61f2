import { given } from '@casemgmt/testing';
import { ADMIN_METADATA } from '../shared/directory-actors.fixture';
import { locationDecider, type LocationEvent } from './location.decider';

const locationId = '3a19ff88-4620-4d17-9830-ac1d859eb5d5';
const location = { location_type: 'physical' as const, name: 'Civic Center', latitude: 37.77, longitude: -122.42 };
const registered: LocationEvent = { type: 'LocationRegistered', data: { locationId, location } };
const metadata = ADMIN_METADATA;

describe('Location decider', () => {
  it('registers a location', () => {
    expect(
      given(locationDecider, []).when({ type: 'RegisterLocation', data: { locationId, location }, metadata }),
    ).toEqual([registered]);
  });

  it('refuses an unknown location type', () => {
    expect(() =>
      given(locationDecider, []).when({
        type: 'RegisterLocation',
        data: { locationId, location: { ...location, location_type: 'mobile' as never } },
        metadata,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'DIRECTORY.INVALID_LOCATION',
        details: expect.objectContaining({ field: 'location_type' }),
      }),
    );
  });

  it('refuses a latitude without a longitude', () => {
    expect(() =>
      given(locationDecider, [registered]).when({
        type: 'UpdateLocation',
        data: { locationId, changes: { longitude: null } },
        metadata,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'DIRECTORY.INVALID_LOCATION',
        details: expect.objectContaining({ field: 'longitude' }),
      }),
    );
  });

  it('records a move as an update of the coordinates only', () => {
    expect(
      given(locationDecider, [registered]).when({
        type: 'UpdateLocation',
        data: { locationId, changes: { name: 'Civic Center', latitude: 37.8, longitude: -122.42 } },
        metadata,
      }),
    ).toEqual([{ type: 'LocationUpdated', data: { locationId, changes: { latitude: 37.8 } } }]);
  });

  it('imports an identical location as nothing, and an unknown one as a registration', () => {
    expect(
      given(locationDecider, [registered]).when({ type: 'ImportLocation', data: { locationId, location }, metadata }),
    ).toEqual([]);
    expect(
      given(locationDecider, []).when({ type: 'ImportLocation', data: { locationId, location }, metadata }),
    ).toEqual([registered]);
  });

  it('refuses to update a location the directory does not hold', () => {
    expect(() =>
      given(locationDecider, []).when({ type: 'UpdateLocation', data: { locationId, changes: {} }, metadata }),
    ).toThrow(expect.objectContaining({ code: 'DIRECTORY.LOCATION_NOT_FOUND' }));
  });
});
