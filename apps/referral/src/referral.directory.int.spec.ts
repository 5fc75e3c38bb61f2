import type { TestHost } from '@casemgmt/host/testing';
import { waitFor } from '@casemgmt/testing';
import {
  OTHER_SERVICE,
  SHELTER,
  openCaseWithNeeds,
  startReferralHost,
  type ReferralWorld,
} from './testing/referral-host';

const ROSA = '0190f3a0-2222-7000-8000-000000000301';
const CASE = '0190f3a0-3333-7000-8000-000000000301';

// A draft against referral's own view of the directory, which follows the directory's events: the listing version
// it pins, the warnings it carries without refusing, and the services it refuses.
describe('a referral’s target, as the directory lists it', () => {
  let world: ReferralWorld;
  let host: TestHost;

  beforeAll(async () => {
    world = await startReferralHost({ name: 'referral-directory', clientId: ROSA });
    host = world.host;
    await openCaseWithNeeds(world, { caseId: CASE, clientId: ROSA, needs: ['housing'] });
  }, 120_000);

  afterAll(() => host?.close());

  const draft = (target: { readonly service: string; readonly location: string }) =>
    host.call('POST', `/referral/cases/${CASE}/referrals`, world.as.caseManager, {
      need: 'housing',
      serviceId: target.service,
      locationId: target.location,
    });
  const directory = (method: 'PATCH' | 'PUT' | 'POST', path: string, body: object) =>
    host.call(method, path, world.as.admin, body);
  /** Drafts until the referral's view has taken the directory's change, then answers the draft as read back. */
  const draftOnceSeen = async (probe: (read: Record<string, unknown>) => boolean) => {
    let found: Record<string, unknown> | undefined;
    await waitFor('the directory’s change in referral’s view', async () => {
      const drafted = await draft(SHELTER);
      if (drafted.status !== 201) return false;
      const read = await host.call(
        'GET',
        `/referral/referrals/${String(drafted.body['referralId'])}`,
        world.as.caseManager,
      );
      found = read.body;
      return probe(read.body);
    });
    return found as Record<string, unknown>;
  };

  it('pins the listing version the directory shows, and a later version once the service changes', async () => {
    const first = await draftOnceSeen(() => true);
    expect(first).toMatchObject({ target: { serviceId: SHELTER.service, listingVersion: 1 }, warnings: [] });
    expect(
      (
        await directory('PATCH', `/directory/services/${SHELTER.service}`, {
          name: 'Harbor night shelter',
          expectedVersion: 1,
        })
      ).status,
    ).toBe(200);
    const later = await draftOnceSeen((read) => (read['target'] as { listingVersion: number }).listingVersion === 2);
    expect(later).toMatchObject({ warnings: [] });
    // The version the worker saw is the one pinned, when they say.
    const pinned = await host.call('POST', `/referral/cases/${CASE}/referrals`, world.as.caseManager, {
      need: 'housing',
      serviceId: SHELTER.service,
      locationId: SHELTER.location,
      listingVersion: 1,
    });
    const read = await host.call(
      'GET',
      `/referral/referrals/${String(pinned.body['referralId'])}`,
      world.as.caseManager,
    );
    expect(read.body).toMatchObject({ target: { listingVersion: 1 } });
  });

  it('warns of no capacity free and of a service closed for now, without refusing', async () => {
    const capacity = await host.call('PUT', `/directory/services/${SHELTER.service}/capacity`, world.as.harborPartner, {
      unit: { name: 'bed' },
      available: 0,
      maximum: 30,
    });
    expect(capacity.status).toBe(200);
    await draftOnceSeen((read) => JSON.stringify(read['warnings']) === JSON.stringify(['no_capacity_free']));
    expect(
      (
        await directory('PATCH', `/directory/services/${SHELTER.service}`, {
          status: 'temporarily closed',
          expectedVersion: 3,
        })
      ).status,
    ).toBe(200);
    const closed = await draftOnceSeen((read) => (read['warnings'] as string[]).includes('service_temporarily_closed'));
    expect(closed).toMatchObject({ status: 'draft', warnings: ['service_temporarily_closed', 'no_capacity_free'] });
  });

  it('refuses a defunct service, an unknown one, and a location the service is not offered at', async () => {
    expect((await draft({ service: SHELTER.service, location: OTHER_SERVICE.location })).body).toMatchObject({
      error: 'REFERRAL.SERVICE_UNKNOWN',
    });
    expect(
      (await directory('PATCH', `/directory/services/${SHELTER.service}`, { status: 'defunct', expectedVersion: 4 }))
        .status,
    ).toBe(200);
    await waitFor('the defunct service in referral’s view', async () => (await draft(SHELTER)).status === 422);
    expect(await draft(SHELTER)).toMatchObject({ status: 422, body: { error: 'REFERRAL.SERVICE_DEFUNCT' } });
  });
});
