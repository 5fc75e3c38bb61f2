import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { categoryOf } from '@casemgmt/event-store';
import { given } from '@casemgmt/testing';
import { ADMIN_METADATA } from './shared/directory-actors.fixture';
import { serviceDecider } from './service/service.decider';
import { PROVIDER_DIRECTORY_CONTRACT, PROVIDER_DIRECTORY_EVENT_TYPES } from './provider-directory.contract';

describe('published contract of the provider directory', () => {
  const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
  const schemaOf = (type: string) => PROVIDER_DIRECTORY_CONTRACT.events.find((event) => event.type === type)?.schema;

  it('describes every event type the directory stores, once', () => {
    expect(PROVIDER_DIRECTORY_CONTRACT.events.map((event) => event.type).sort()).toEqual(
      [...PROVIDER_DIRECTORY_EVENT_TYPES].sort(),
    );
  });

  it('publishes schemas that compile in strict mode', () => {
    for (const event of PROVIDER_DIRECTORY_CONTRACT.events) expect(() => ajv.compile(event.schema)).not.toThrow();
  });

  it('accepts the events the deciders decide and refuses fields outside HSDS', () => {
    const serviceId = 'ac148810-d857-441c-9679-408f346de14b';
    const [registeredEvent] = given(serviceDecider, []).when({
      type: 'RegisterService',
      data: {
        serviceId,
        service: { name: 'Shelter', status: 'active', languages: [{ id: 'l', code: 'es' }], minimum_age: 18 },
      },
      metadata: ADMIN_METADATA,
    });
    const [capacityEvent] = given(serviceDecider, [registeredEvent!]).when({
      type: 'UpdateServiceCapacity',
      data: { serviceId, report: { capacityId: 'c-1', unit: { name: 'bed' }, available: 2 } },
      metadata: ADMIN_METADATA,
    });
    expect(ajv.validate(schemaOf('ServiceRegistered')!, registeredEvent!.data)).toBe(true);
    expect(ajv.validate(schemaOf('ServiceCapacityUpdated')!, capacityEvent!.data)).toBe(true);
    expect(ajv.validate(schemaOf('ServiceUpdated')!, { serviceId, changes: { alternate_name: null } })).toBe(true);
    expect(ajv.validate(schemaOf('ServiceUpdated')!, { serviceId, changes: { opening_hours: '9-5' } })).toBe(false);
    expect(ajv.validate(schemaOf('ServiceUpdated')!, { serviceId, changes: {} })).toBe(false);
  });

  it('names the store categories of its streams, one per record, as the store derives them from the stream ids', () => {
    expect(PROVIDER_DIRECTORY_CONTRACT.categories).toEqual([
      'provider-directory.taxonomy',
      'provider-directory.taxonomy_term',
      'provider-directory.organization',
      'provider-directory.location',
      'provider-directory.service',
      'provider-directory.service_at_location',
    ]);
    expect(categoryOf('provider-directory.service-ac148810-d857-441c-9679-408f346de14b')).toBe(
      'provider-directory.service',
    );
  });
});
