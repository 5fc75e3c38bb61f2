import { DomainError } from '@casemgmt/kernel';
import type { CommandMetadata } from '@casemgmt/decider';
import { given } from '@casemgmt/testing';
import { ADMIN_METADATA, partnerMetadata } from '../shared/directory-actors.fixture';
import { serviceDecider, type ServiceEvent } from './service.decider';

const serviceId = 'ac148810-d857-441c-9679-408f346de14b';
const organizationId = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const service = {
  organization_id: organizationId,
  name: 'Emergency Shelter',
  status: 'active' as const,
  minimum_age: 18,
  languages: [{ id: 'l-1', code: 'es', name: 'Spanish' }],
};
const registered: ServiceEvent = { type: 'ServiceRegistered', data: { serviceId, service } };
const meta = ADMIN_METADATA;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : `not a DomainError: ${String(error)}`;
  }
  return undefined;
}

describe('Service decider', () => {
  describe('registering', () => {
    it('registers a new service with its HSDS fields', () => {
      expect(
        given(serviceDecider, []).when({ type: 'RegisterService', data: { serviceId, service }, metadata: meta }),
      ).toEqual([registered]);
    });

    it('refuses a second registration of the same service', () => {
      const run = () =>
        given(serviceDecider, [registered]).when({
          type: 'RegisterService',
          data: { serviceId, service },
          metadata: meta,
        });
      expect(codeOf(run)).toBe('DIRECTORY.SERVICE_ALREADY_REGISTERED');
    });

    it('refuses a service without a name or with an unknown status', () => {
      const noName = () =>
        given(serviceDecider, []).when({
          type: 'RegisterService',
          data: { serviceId, service: { ...service, name: ' ' } },
          metadata: meta,
        });
      const badStatus = () =>
        given(serviceDecider, []).when({
          type: 'RegisterService',
          data: { serviceId, service: { ...service, status: 'open' as never } },
          metadata: meta,
        });
      expect(codeOf(noName)).toBe('DIRECTORY.INVALID_SERVICE');
      expect(codeOf(badStatus)).toBe('DIRECTORY.INVALID_SERVICE');
    });

    it('refuses a minimum age above the maximum age', () => {
      const run = () =>
        given(serviceDecider, []).when({
          type: 'RegisterService',
          data: { serviceId, service: { ...service, minimum_age: 30, maximum_age: 20 } },
          metadata: meta,
        });
      expect(() => run()).toThrow(
        expect.objectContaining({ details: { field: 'maximum_age', reason: 'must not be less than minimum_age' } }),
      );
    });
  });

  describe('updating', () => {
    it('records only the fields that changed', () => {
      const events = given(serviceDecider, [registered]).when({
        type: 'UpdateService',
        data: {
          serviceId,
          changes: { name: 'Emergency Shelter', maximum_age: 24, eligibility_description: 'Youth 18-24' },
        },
        metadata: meta,
      });
      expect(events).toEqual([
        {
          type: 'ServiceUpdated',
          data: { serviceId, changes: { maximum_age: 24, eligibility_description: 'Youth 18-24' } },
        },
      ]);
    });

    it('records nothing when nothing changes', () => {
      const events = given(serviceDecider, [registered]).when({
        type: 'UpdateService',
        data: {
          serviceId,
          changes: { name: 'Emergency Shelter', languages: [{ name: 'Spanish', code: 'es', id: 'l-1' }] },
        },
        metadata: meta,
      });
      expect(events).toEqual([]);
    });

    it('refuses to update a service the directory does not hold', () => {
      expect(
        codeOf(() =>
          given(serviceDecider, []).when({
            type: 'UpdateService',
            data: { serviceId, changes: { name: 'x' } },
            metadata: meta,
          }),
        ),
      ).toBe('DIRECTORY.SERVICE_NOT_FOUND');
    });

    it('checks the service as it would be after the change', () => {
      const run = () =>
        given(serviceDecider, [registered]).when({
          type: 'UpdateService',
          data: { serviceId, changes: { maximum_age: 10 } },
          metadata: meta,
        });
      expect(codeOf(run)).toBe('DIRECTORY.INVALID_SERVICE');
    });
  });

  describe('importing', () => {
    it('registers a service the directory does not hold', () => {
      expect(
        given(serviceDecider, []).when({ type: 'ImportService', data: { serviceId, service }, metadata: meta }),
      ).toEqual([registered]);
    });

    it('updates the changed fields of a held service and records nothing for an identical document', () => {
      const past = given(serviceDecider, [registered]);
      expect(past.when({ type: 'ImportService', data: { serviceId, service }, metadata: meta })).toEqual([]);
      expect(
        past.when({
          type: 'ImportService',
          data: { serviceId, service: { ...service, status: 'temporarily closed' } },
          metadata: meta,
        }),
      ).toEqual([{ type: 'ServiceUpdated', data: { serviceId, changes: { status: 'temporarily closed' } } }]);
    });
  });

  describe('suspending and reinstating', () => {
    it('suspends with a reason, once', () => {
      const suspended: ServiceEvent = { type: 'ServiceSuspended', data: { serviceId, reason: 'license lapsed' } };
      const suspend = {
        type: 'SuspendService' as const,
        data: { serviceId, reason: 'license lapsed' },
        metadata: meta,
      };
      expect(given(serviceDecider, [registered]).when(suspend)).toEqual([suspended]);
      expect(given(serviceDecider, [registered, suspended]).when(suspend)).toEqual([]);
      expect(given(serviceDecider, [registered, suspended]).state.suspendedReason).toBe('license lapsed');
    });

    it('reinstates only a suspended service', () => {
      const suspended: ServiceEvent = { type: 'ServiceSuspended', data: { serviceId, reason: 'license lapsed' } };
      const reinstate = { type: 'ReinstateService' as const, data: { serviceId }, metadata: meta };
      expect(given(serviceDecider, [registered, suspended]).when(reinstate)).toEqual([
        { type: 'ServiceReinstated', data: { serviceId } },
      ]);
      expect(given(serviceDecider, [registered]).when(reinstate)).toEqual([]);
    });
  });

  describe('capacity', () => {
    const report = { capacityId: 'cap-1', unit: { name: 'bed' }, available: 3, maximum: 20 };

    it('lets the provider partner of the service’s organisation report capacity in the HSDS 3.1 shape', () => {
      const events = given(serviceDecider, [registered]).when({
        type: 'UpdateServiceCapacity',
        data: { serviceId, report },
        metadata: partnerMetadata(organizationId),
      });
      expect(events).toEqual([
        {
          type: 'ServiceCapacityUpdated',
          data: {
            serviceId,
            capacityId: 'cap-1',
            service_capacity: [
              {
                id: 'cap-1',
                unit: { id: 'cap-1', name: 'bed' },
                available: 3,
                maximum: 20,
                updated: '2026-03-01T09:00:00.000Z',
              },
            ],
          },
        },
      ]);
    });

    it('updates the entry of the same unit rather than adding one', () => {
      const first = given(serviceDecider, [registered]).when({
        type: 'UpdateServiceCapacity',
        data: { serviceId, report },
        metadata: meta,
      });
      const second = given(serviceDecider, [registered, ...first]).when({
        type: 'UpdateServiceCapacity',
        data: { serviceId, report: { capacityId: 'cap-2', unit: { name: 'Bed' }, available: 0 } },
        metadata: meta,
      });
      expect(second[0]?.data).toMatchObject({ capacityId: 'cap-1', service_capacity: [{ id: 'cap-1', available: 0 }] });
    });

    it('refuses a provider partner of another organisation, or of none', () => {
      const other = () =>
        given(serviceDecider, [registered]).when({
          type: 'UpdateServiceCapacity',
          data: { serviceId, report },
          metadata: partnerMetadata('org-2'),
        });
      const none = () =>
        given(serviceDecider, [registered]).when({
          type: 'UpdateServiceCapacity',
          data: { serviceId, report },
          metadata: partnerMetadata(undefined),
        });
      expect(codeOf(other)).toBe('DIRECTORY.NOT_YOUR_ORGANIZATION');
      expect(codeOf(none)).toBe('DIRECTORY.NOT_YOUR_ORGANIZATION');
    });

    it('allows a report under any role the caller holds, naming the role that allowed it', () => {
      const holding = (roles: readonly string[], organization: string): CommandMetadata => ({
        ...ADMIN_METADATA,
        actor: { id: 'pp-8', role: roles[0] ?? 'none', roles, organizationId: organization },
      });
      const command = (metadata: CommandMetadata) =>
        ({ type: 'UpdateServiceCapacity', data: { serviceId, report }, metadata }) as const;
      const state = given(serviceDecider, [registered]).state;
      // A partner of another organisation who is also a directory admin: the admin role allows it.
      const partnerAndAdmin = command(holding(['provider_partner', 'admin'], 'org-2'));
      expect(given(serviceDecider, [registered]).when(partnerAndAdmin)).toHaveLength(1);
      expect(serviceDecider.grantingRole?.(partnerAndAdmin, state)).toBe('admin');
      // Of the service's own organisation: the partner role allows it first.
      const ownPartner = command(holding(['provider_partner', 'admin'], organizationId));
      expect(serviceDecider.grantingRole?.(ownPartner, state)).toBe('provider_partner');
      expect(
        codeOf(() => given(serviceDecider, [registered]).when(command(holding(['provider_partner'], 'org-2')))),
      ).toBe('DIRECTORY.NOT_YOUR_ORGANIZATION');
    });

    it('refuses negative availability or more available than the maximum', () => {
      const negative = () =>
        given(serviceDecider, [registered]).when({
          type: 'UpdateServiceCapacity',
          data: { serviceId, report: { ...report, available: -1 } },
          metadata: meta,
        });
      const overMaximum = () =>
        given(serviceDecider, [registered]).when({
          type: 'UpdateServiceCapacity',
          data: { serviceId, report: { ...report, available: 30 } },
          metadata: meta,
        });
      expect(codeOf(negative)).toBe('DIRECTORY.INVALID_SERVICE');
      expect(codeOf(overMaximum)).toBe('DIRECTORY.INVALID_SERVICE');
    });
  });
});
