import { given } from '@casemgmt/testing';
import { ADMIN_METADATA } from '../shared/directory-actors.fixture';
import { organizationDecider, type OrganizationEvent } from './organization.decider';

const organizationId = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const organization = { name: 'Example Organization Inc.', description: 'Non-profit', website: 'http://example.com' };
const registered: OrganizationEvent = { type: 'OrganizationRegistered', data: { organizationId, organization } };
const metadata = ADMIN_METADATA;

describe('Organization decider', () => {
  it('registers an organisation with a name and a description', () => {
    expect(
      given(organizationDecider, []).when({
        type: 'RegisterOrganization',
        data: { organizationId, organization },
        metadata,
      }),
    ).toEqual([registered]);
  });

  it('refuses an organisation without a description, as HSDS requires one', () => {
    const run = () =>
      given(organizationDecider, []).when({
        type: 'RegisterOrganization',
        data: { organizationId, organization: { name: 'x' } },
        metadata,
      });
    expect(run).toThrow(
      expect.objectContaining({
        code: 'DIRECTORY.INVALID_ORGANIZATION',
        details: { field: 'description', reason: 'is required' },
      }),
    );
  });

  it('refuses a second registration', () => {
    expect(() =>
      given(organizationDecider, [registered]).when({
        type: 'RegisterOrganization',
        data: { organizationId, organization },
        metadata,
      }),
    ).toThrow(expect.objectContaining({ code: 'DIRECTORY.ORGANIZATION_ALREADY_REGISTERED' }));
  });

  it('updates only the changed fields, and records nothing when nothing changes', () => {
    const past = given(organizationDecider, [registered]);
    expect(
      past.when({
        type: 'UpdateOrganization',
        data: { organizationId, changes: { website: 'http://example.org', name: organization.name } },
        metadata,
      }),
    ).toEqual([{ type: 'OrganizationUpdated', data: { organizationId, changes: { website: 'http://example.org' } } }]);
    expect(past.when({ type: 'ImportOrganization', data: { organizationId, organization }, metadata })).toEqual([]);
  });

  it('refuses to update an organisation the directory does not hold', () => {
    expect(() =>
      given(organizationDecider, []).when({
        type: 'UpdateOrganization',
        data: { organizationId, changes: {} },
        metadata,
      }),
    ).toThrow(expect.objectContaining({ code: 'DIRECTORY.ORGANIZATION_NOT_FOUND' }));
  });

  it('suspends with a reason and reinstates a suspended organisation', () => {
    const suspended: OrganizationEvent = {
      type: 'OrganizationSuspended',
      data: { organizationId, reason: 'under investigation' },
    };
    expect(
      given(organizationDecider, [registered]).when({
        type: 'SuspendOrganization',
        data: { organizationId, reason: 'under investigation' },
        metadata,
      }),
    ).toEqual([suspended]);
    expect(
      given(organizationDecider, [registered, suspended]).when({
        type: 'ReinstateOrganization',
        data: { organizationId },
        metadata,
      }),
    ).toEqual([{ type: 'OrganizationReinstated', data: { organizationId } }]);
    expect(
      given(organizationDecider, [registered]).when({
        type: 'ReinstateOrganization',
        data: { organizationId },
        metadata,
      }),
    ).toEqual([]);
  });

  it('refuses a suspension without a reason', () => {
    expect(() =>
      given(organizationDecider, [registered]).when({
        type: 'SuspendOrganization',
        data: { organizationId, reason: '' },
        metadata,
      }),
    ).toThrow(expect.objectContaining({ code: 'DIRECTORY.INVALID_ORGANIZATION' }));
  });
});
