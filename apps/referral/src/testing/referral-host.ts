import { randomBytes } from 'node:crypto';
import { startTestHost, type TestCaller, type TestHost } from '@casemgmt/host/testing';
import { INTAKE_CONTRACT, intakeService } from '@casemgmt/intake';
import { PROVIDER_DIRECTORY_CONTRACT, providerDirectoryService } from '@casemgmt/provider-directory';
import { referralService, type ReferralProgramSettings, type ReferralServiceOptions } from '@casemgmt/referral';
import { waitFor } from '@casemgmt/testing';

/** The agency's time zone in referral's specs. */
export const TIME_ZONE = 'America/New_York';

// A case no spec opens: drafting on it tells whether referral knows a listing yet.
const PROBE_CASE = '0190f3a0-9999-7000-8000-0000000000ff';

/** The directory's organisations, their partners, and the services referral's specs refer to. */
export const HARBOR = { organization: '0190f3a0-4444-7000-8000-0000000000a1', name: 'Harbor House' } as const;
export const ELSEWHERE = { organization: '0190f3a0-4444-7000-8000-0000000000b1', name: 'Elsewhere Services' } as const;

/** Who calls in referral's specs, in one tenant. */
export function callersIn(tenant?: string) {
  const t = tenant ? { tenant } : {};
  return {
    intakeWorker: { roles: ['intake_worker'], sub: 'iw-1', team: 'team-north', ...t },
    supervisor: { roles: ['supervisor'], sub: 'sup-1', team: 'team-north', ...t },
    caseManager: { roles: ['case_manager'], sub: 'cm-1', team: 'team-north', ...t },
    southCaseManager: { roles: ['case_manager'], sub: 'cm-9', team: 'team-south', ...t },
    auditor: { roles: ['auditor'], sub: 'aud-1', ...t },
    admin: { roles: ['admin'], sub: 'adm-1', ...t },
    harborPartner: { roles: ['provider_partner'], sub: 'pp-1', org: HARBOR.organization, ...t },
    otherPartner: { roles: ['provider_partner'], sub: 'pp-9', org: ELSEWHERE.organization, ...t },
  } satisfies Record<string, TestCaller>;
}
export type ReferralCallers = ReturnType<typeof callersIn>;

/** A host of referral's specs and who calls it. */
export interface ReferralWorld {
  readonly host: TestHost;
  readonly as: ReferralCallers;
}
export const SHELTER = {
  service: '0190f3a0-4444-7000-8000-0000000000a2',
  location: '0190f3a0-4444-7000-8000-0000000000a3',
  placement: '0190f3a0-4444-7000-8000-0000000000a4',
} as const;
export const OTHER_SERVICE = {
  service: '0190f3a0-4444-7000-8000-0000000000b2',
  location: '0190f3a0-4444-7000-8000-0000000000b3',
  placement: '0190f3a0-4444-7000-8000-0000000000b4',
} as const;

/**
 * Intake, the provider directory and referral on one host, with case manager cm-1 of team-north, a client to open
 * cases for, and two organisations in the directory each offering a service at a location. With Kafka brokers each
 * service relays to its topic and referral reads intake's and the directory's back from there.
 */
export async function startReferralHost(options: {
  readonly name: string;
  readonly clientId: string;
  readonly kafkaBrokers?: readonly string[];
  readonly consumer?: string;
  readonly programs?: Readonly<Record<string, ReferralProgramSettings>>;
  readonly tenant?: string;
  readonly webhooks?: ReferralServiceOptions['webhooks'];
  /** Where referral asks intake (the distributed shape); this host's own routes when left out. */
  readonly intakeUrl?: string;
}): Promise<ReferralWorld> {
  const as = callersIn(options.tenant);
  const personalDataMasterKey = randomBytes(32).toString('base64');
  const host = await startTestHost({
    name: options.name,
    database: options.name.replace(/-/g, '_'),
    ...(options.kafkaBrokers ? { kafkaBrokers: options.kafkaBrokers } : {}),
    services: [
      intakeService({ caseloadLimit: 10, timeZone: TIME_ZONE, personalDataMasterKey }),
      providerDirectoryService(),
      referralService({
        consumes: [INTAKE_CONTRACT, PROVIDER_DIRECTORY_CONTRACT],
        personalDataMasterKey,
        settings: { timeZone: TIME_ZONE, programs: options.programs ?? {} },
        ...(options.consumer ? { consumer: options.consumer } : {}),
        ...(options.webhooks ? { webhooks: options.webhooks } : {}),
        ...(options.intakeUrl ? { intakeUrl: options.intakeUrl } : {}),
      }),
    ],
  });
  const worker = await host.call('PUT', '/intake/workers/cm-1', as.admin, {
    displayName: 'Worker cm-1',
    teamId: 'team-north',
    roles: ['case_manager'],
  });
  expect(worker.status).toBe(200);
  const client = await host.call('POST', '/intake/clients', as.intakeWorker, {
    clientId: options.clientId,
    givenName: 'Rosa',
    familyName: 'Delgado',
    dateOfBirth: '1979-11-02',
    preferredLanguage: 'es',
  });
  expect(client.status).toBe(201);
  for (const [org, service] of [
    [HARBOR, SHELTER],
    [ELSEWHERE, OTHER_SERVICE],
  ] as const) {
    const calls = [
      host.call('POST', '/directory/organizations', as.admin, {
        id: org.organization,
        name: org.name,
        description: 'x',
      }),
    ];
    expect((await calls[0])?.status).toBe(201);
    const location = await host.call('POST', '/directory/locations', as.admin, {
      id: service.location,
      location_type: 'physical',
      organization_id: org.organization,
      name: `${org.name}, main office`,
    });
    const registered = await host.call('POST', '/directory/services', as.admin, {
      id: service.service,
      organization_id: org.organization,
      name: `${org.name} service`,
      status: 'active',
    });
    const placement = await host.call('POST', '/directory/service_at_locations', as.admin, {
      id: service.placement,
      service_id: service.service,
      location_id: service.location,
    });
    expect([location.status, registered.status, placement.status]).toEqual([201, 201, 201]);
  }
  await waitFor(
    'the directory in referral’s view',
    async () => {
      const drafted = await host.call('POST', `/referral/cases/${PROBE_CASE}/referrals`, as.caseManager, {
        need: 'housing',
        serviceId: OTHER_SERVICE.service,
        locationId: OTHER_SERVICE.location,
      });
      // The probe's case does not exist: once the listing is known, the case is what the draft is refused for.
      return drafted.body['error'] === 'REFERRAL.CASE_NOT_FOUND';
    },
    60_000,
  );
  return { host, as };
}

/** Opens a case of team-north for the client, assigns it to cm-1 and identifies its needs; waits for referral. */
export async function openCaseWithNeeds(
  { host, as }: ReferralWorld,
  options: { readonly caseId: string; readonly clientId: string; readonly needs: readonly string[] },
): Promise<void> {
  const { caseId, clientId, needs } = options;
  const opened = await host.call('POST', '/intake/cases', as.intakeWorker, {
    caseId,
    clientId,
    programId: 'adult-behavioral-health',
    priority: 'routine',
    referralSource: { kind: 'self' },
    teamId: 'team-north',
  });
  expect(opened.status).toBe(201);
  const assigned = await host.call('POST', `/intake/cases/${caseId}/assignment`, as.supervisor, {
    caseManagerId: 'cm-1',
  });
  expect(assigned.status).toBe(200);
  for (const need of needs) {
    expect((await host.call('POST', `/intake/cases/${caseId}/needs`, as.caseManager, { need })).status).toBe(201);
  }
  await waitFor('the case, assigned and with its needs, in referral’s view', async () => {
    // This run's tenant only: on a broker another run used, the topic still holds that run's cases of the same ids.
    const { rows } = await host.pool.query<{ case_manager_id: string | null; needs: string[] }>(
      'SELECT case_manager_id, needs FROM referral.cases WHERE tenant_id = $1 AND case_id = $2',
      [as.caseManager.tenant ?? 'county-a', caseId],
    );
    const row = rows[0];
    return row?.case_manager_id === 'cm-1' && needs.every((need) => row.needs.includes(need));
  });
}

/** Records a consent of the client for Harbor House, over the categories and purposes given; answers its id. */
export async function recordConsent(
  { host, as }: ReferralWorld,
  options: {
    readonly clientId: string;
    readonly caseId: string;
    readonly categories: readonly string[];
    readonly purposes: readonly string[];
    readonly organizationId?: string;
    readonly name?: string;
    /** Default: the end of next year. */
    readonly expiry?: object;
  },
): Promise<string> {
  const recorded = await host.call('POST', '/intake/consents', as.caseManager, {
    clientId: options.clientId,
    caseId: options.caseId,
    discloser: { kind: 'program', name: 'County Behavioral Health' },
    information: { categories: options.categories, description: 'What the referral needs' },
    recipients: [
      {
        kind: 'named',
        name: options.name ?? HARBOR.name,
        organizationId: options.organizationId ?? HARBOR.organization,
      },
    ],
    purpose: options.purposes,
    rightToRevokeAcknowledged: true,
    expiry: options.expiry ?? { kind: 'date', on: `${new Date().getUTCFullYear() + 1}-12-31` },
    signedAt: new Date(Date.now() - 60_000).toISOString(),
    signedBy: 'patient',
    personal: { signatureName: 'Rosa Delgado' },
  });
  expect(recorded.status).toBe(201);
  // Intake's read model follows the consent a moment later; a send fails closed until it does.
  await waitFor('the consent in force in intake', async () => {
    const answer = await host.call('POST', '/intake/consents/in-force', as.caseManager, {
      clientId: options.clientId,
      recipientOrganizationId: options.organizationId ?? HARBOR.organization,
      category: options.categories[0],
      purpose: options.purposes[0],
    });
    return answer.body['inForce'] === true;
  });
  return String(recorded.body['id']);
}
