import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { CASE_MANAGER, TEAM, eventually, startConsole, type ApiAnswer, type ConsoleUnderTest } from './harness';
import {
  consentToHousingReferral,
  listPartnerService,
  openAssignedCase,
  registerCaseManager,
  sendHousingReferral,
} from './seed';

// The case manager's caseload and a case page with every section filled in (seeded through the API), then
// registering a client whose name is already registered: the duplicate side by side, a refused save that keeps what
// was typed, and a new client created anyway.

const PARTNER = 'partner-cm-e2e';

describe('the case manager’s caseload, case page and client registration in a browser', () => {
  let console_: ConsoleUnderTest;
  let page: Page;
  let caseId: string;
  let existingClient: string;
  let referralId: string;
  const tokenFor = (roles: string[], sub: string, org?: string) => console_.tokenFor(roles, sub, org);
  const call = (method: string, path: string, token: string, body?: object) => console_.call(method, path, token, body);
  const screen = (name: string) => console_.screen(`cm-${name}`);
  const ok = async (answer: Promise<ApiAnswer>, status = 201): Promise<Record<string, unknown>> => {
    const { status: got, body } = await answer;
    if (got !== status) throw new Error(`expected ${status}, got ${got}: ${JSON.stringify(body)}`);
    return body;
  };

  beforeAll(async () => {
    console_ = await startConsole('console_cm_e2e');
    page = console_.page;

    const intakeWorker = await tokenFor(['intake_worker'], 'iw-e2e');
    const manager = await tokenFor(['case_manager'], CASE_MANAGER);
    const partnerService = await listPartnerService(console_, 'Eastside Housing Alliance');
    await registerCaseManager(console_);
    existingClient = randomUUID();
    await ok(
      call('POST', '/intake/clients', intakeWorker, {
        clientId: existingClient,
        givenName: 'Amara',
        familyName: 'Lind',
        dateOfBirth: '1988-02-09',
        preferredLanguage: 'en',
        identifiers: [{ system: 'ssn', value: '123-45-4321' }],
      }),
    );
    ({ caseId } = await openAssignedCase(console_, {
      clientId: existingClient,
      givenName: 'Amara',
      familyName: 'Lind',
      dateOfBirth: '1988-02-09',
    }));
    // A PHQ-9 with item 9 above 0: a score, a band and a safety flag.
    await ok(
      call('POST', `/intake/cases/${caseId}/screenings`, manager, {
        instrument: 'PHQ-9',
        answers: { '1': 2, '2': 2, '3': 2, '4': 2, '5': 1, '6': 2, '7': 1, '8': 1, '9': 1 },
      }),
    );
    await consentToHousingReferral(
      console_,
      { clientId: existingClient, caseId, signatureName: 'Signature Of Amara' },
      partnerService,
    );
    // A plan with a goal and an intervention, submitted for approval.
    const drafted = await eventually('the case in care plan', async () => {
      const answer = await call('POST', `/care-plan/cases/${caseId}/plans`, manager, {});
      return answer.status === 201 ? answer.body : undefined;
    });
    const plan = `/care-plan/cases/${caseId}/plans/${String(drafted['planId'])}`;
    // Care plan learns of the housing need from intake's events: the goal waits for it.
    const goal = await eventually('the housing need in care plan', async () => {
      const answer = await call('POST', `${plan}/goals`, manager, {
        needs: ['housing'],
        description: 'A place of my own',
        targetDate: '2027-06-30',
      });
      if (answer.status === 422 && answer.body['error'] === 'CARE_PLAN.NEED_NOT_ON_CASE') return undefined;
      expect(answer.status).toBe(201);
      return answer.body;
    });
    await ok(
      call('POST', `${plan}/goals/${String(goal['id'])}/interventions`, manager, {
        description: 'Apply for the housing voucher',
        responsible: { kind: 'case_manager' },
        dueDate: '2027-01-31',
      }),
    );
    await ok(call('POST', `${plan}/submission`, manager, { version: 3 }));
    await ok(
      call('POST', `/care-plan/cases/${caseId}/appointments`, manager, {
        provider: { name: 'Dr Okafor' },
        purpose: 'Medication review',
        startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        transport: 'arranged',
      }),
    );
    await ok(
      call('POST', `/care-plan/cases/${caseId}/medication-checks`, manager, {
        medication: 'Sertraline',
        dose: '50 mg daily',
        adherence: 'missed_doses',
        // Yesterday in UTC: in the past in the agency's zone at any hour (today in UTC is the future there before 8:00).
        checkedOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        prescriberInformed: true,
        sideEffects: 'Trouble sleeping',
      }),
    );
    // A referral sent under the consent, accepted and completed by the partner: five statuses in its history.
    referralId = await sendHousingReferral(console_, caseId, partnerService);
    const partner = await tokenFor(['provider_partner'], PARTNER, partnerService.organization);
    await ok(call('POST', `/referral/partner/referrals/${referralId}/accept`, partner));
    await ok(call('POST', `/referral/partner/referrals/${referralId}/start`, partner));
    await ok(
      call('POST', `/referral/partner/referrals/${referralId}/complete`, partner, {
        deliveredOn: '2026-11-30',
        outcome: 'A bed at the shelter from Monday',
      }),
    );
    await eventually('the case on the caseload', async () => {
      const caseload = await call('GET', '/intake/caseloads/me', manager);
      const cases = (caseload.body['cases'] as { caseId: string }[] | undefined) ?? [];
      return cases.some((each) => each.caseId === caseId) ? true : undefined;
    });
  }, 240_000);

  afterAll(async () => {
    await console_?.stop();
  }, 60_000);

  it('shows the caseload in the case manager’s navigation, the case with its priority and safety flag', async () => {
    await console_.signIn({ role: 'case_manager', user: CASE_MANAGER, team: TEAM });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `Case ${caseId.slice(0, 8)}` }) });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('urgent');
    expect(text).toContain('Open safety flag');
    expect(text).toContain('housing');
    expect(await page.locator('main').textContent()).toMatch(/1 open case of a limit of \d+/);
    await screen('01-caseload');
  });

  it('opens the case from the caseload, by keyboard, and shows every section', async () => {
    await page.getByRole('link', { name: `Case ${caseId.slice(0, 8)}` }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/cases/${caseId}`);
    const section = (name: string) => page.getByRole('region', { name });

    // Screenings: the score, the band, and the safety flag in words.
    const screenings = section('Screenings');
    await screenings.getByRole('row').filter({ hasText: 'PHQ-9' }).waitFor();
    const phq = (await screenings.getByRole('row').filter({ hasText: 'PHQ-9' }).textContent()) ?? '';
    expect(phq).toContain('14');
    expect(phq).toContain('moderate');
    expect(phq).toContain('Safety flag: follow up today');

    await section('Needs').getByText('housing', { exact: false }).first().waitFor();
    await section('Care plans').getByText('A place of my own', { exact: false }).waitFor();
    expect(await section('Care plans').textContent()).toContain('Apply for the housing voucher');
    expect(await section('Care plans').textContent()).toMatch(/approval: (pending|submitted)/);

    await section('Appointments').getByRole('row').filter({ hasText: 'Dr Okafor' }).waitFor();
    expect(await section('Appointments').textContent()).toContain('Medication review');

    await section('Medication notes').getByRole('row').filter({ hasText: 'Sertraline' }).waitFor();
    expect(await section('Medication notes').textContent()).toContain('Missed doses');

    const history = section('Referrals').getByRole('table', { name: /Status history of the housing referral/ });
    await history.waitFor();
    const statuses = await history.locator('tbody tr td:first-child').allTextContents();
    expect(statuses).toEqual(['draft', 'requested', 'accepted', 'in-progress', 'completed']);
    expect(await history.locator('tbody time').count()).toBe(10);
    // What the partner recorded as delivered, opened with the client's key for the case manager.
    expect(await section('Referrals').textContent()).toContain('Delivered: A bed at the shelter from Monday');

    const consents = section('Consents');
    await consents.getByRole('row').filter({ hasText: 'In force' }).waitFor();
    const consentText = (await consents.textContent()) ?? '';
    expect(consentText).toContain('referral');
    expect(consentText).not.toContain('Signature Of Amara');

    await section('Contacts').getByText('No contact recorded yet.').waitFor();
    await screen('02-case');
  });

  it('opens the client’s record from the case: details, the SSN cut to its last four, and the consents', async () => {
    await page.goto(`${console_.baseUrl}/cases/${caseId}`);
    await page.getByRole('link', { name: 'The client’s record' }).click();
    await page.waitForURL(`**/clients/${existingClient}`);
    await page.getByRole('heading', { name: 'Amara Lind', level: 1 }).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('1988-02-09');
    expect(text).toContain('SSN •••-••-4321');
    expect(text).not.toContain('123-45');
    expect(page.url()).not.toMatch(/Amara|Lind|1988/);
    await page.getByRole('region', { name: 'Consents' }).getByRole('row').filter({ hasText: 'In force' }).waitFor();
    await screen('03-client');
    // A client outside the case manager's cases reads as not found.
    await page.goto(`${console_.baseUrl}/clients/${randomUUID()}`);
    await page
      .getByRole('heading', { name: /not found/i })
      .first()
      .waitFor();
  });

  it('reads a case that is not there, or not the caller’s, as not found', async () => {
    await page.goto(`${console_.baseUrl}/cases/${randomUUID()}`);
    await page
      .getByRole('heading', { name: /not found/i })
      .first()
      .waitFor();
    await screen('04-case-not-found');
  });

  it('registers a client whose name is taken: the duplicate side by side, a refused save kept, then created anyway', async () => {
    await page.goto(`${console_.baseUrl}/caseload`);
    await page.getByRole('link', { name: 'Register a client' }).first().click();
    await page.getByRole('heading', { name: 'Register a client', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/clients/new');
    await screen('05-register');

    await page.getByLabel('Given name').fill('Amara');
    await page.getByLabel('Family name').fill('Lind');
    await page.getByLabel('Date of birth').fill('1988-02-09');
    await page.getByLabel(/Preferred language/).fill('not a language!');
    await page.getByRole('button', { name: 'Check for duplicates and register' }).click();

    const comparison = page.getByRole('table', { name: /Candidate 1: A\. L\., 3 of 3 fields match/ });
    await comparison.waitFor();
    const rows = await comparison.locator('tbody tr').allTextContents();
    expect(rows).toEqual([
      'Given nameAmaraA. (initial)Matches',
      'Family nameLindL. (initial)Matches',
      'Date of birth1988-02-09born 1988Matches',
    ]);
    // Nothing personal in the address bar.
    expect(page.url()).not.toMatch(/Amara|Lind|1988/);
    await screen('06-duplicates');

    await page.getByLabel('Why this is a new person').fill('Another Amara Lind: different mother, other address');
    await page.getByRole('button', { name: 'Create a new client anyway' }).click();
    const languageError = page.locator('#preferredLanguage-error');
    await languageError.waitFor();
    expect(await languageError.textContent()).toContain('BCP-47');
    expect(await page.getByLabel('Given name').inputValue()).toBe('Amara');
    expect(await page.getByLabel('Family name').inputValue()).toBe('Lind');
    expect(await page.getByLabel('Date of birth').inputValue()).toBe('1988-02-09');
    expect(await page.getByLabel(/Preferred language/).inputValue()).toBe('not a language!');
    expect(await page.getByLabel('Why this is a new person').inputValue()).toContain('different mother');
    await screen('07-refused');

    await page.getByLabel(/Preferred language/).fill('en');
    // Checked again before the second try: the duplicate is still shown.
    await page.getByRole('button', { name: 'Check for duplicates and register' }).click();
    await comparison.waitFor();
    await page.getByLabel('Why this is a new person').fill('Another Amara Lind: different mother, other address');
    await page.getByRole('button', { name: 'Create a new client anyway' }).click();
    const registered = page.getByRole('status').filter({ hasText: 'Client registered' });
    await registered.waitFor();
    const newClient = /id ([0-9a-f-]{36})/.exec((await registered.textContent()) ?? '')?.[1];
    expect(newClient).toBeDefined();
    expect(newClient).not.toBe(existingClient);
    await screen('08-registered');
  });
});
