import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  CASE_MANAGER,
  SEPARATE_CONSOLE_ORIGIN,
  TEAM,
  TENANT,
  eventually,
  screenshots,
  startConsole,
  type ConsoleUnderTest,
} from './harness';
import {
  consentToHousingReferral,
  listPartnerService,
  openAssignedCase,
  registerCaseManager,
  sendHousingReferral,
} from './seed';

// The case manager's day, the partner's answers, the supervisor's approval and the auditor's replay, on one case.

describe('the console in a browser, against the built platform', () => {
  let console_: ConsoleUnderTest;
  let baseUrl: string;
  let page: Page;
  let caseId: string;
  let clientId: string;
  const tokenFor = (roles: string[], sub: string, org?: string) => console_.tokenFor(roles, sub, org);
  const call = (method: string, path: string, token: string, body?: object) => console_.call(method, path, token, body);
  const screen = (name: string) => console_.screen(name);

  beforeAll(async () => {
    console_ = await startConsole('console_e2e');
    baseUrl = console_.baseUrl;
    page = console_.page;

    // A case opened, assigned to the case manager, and followed by care plan: its first contact is on the worklist.
    const manager = await tokenFor(['case_manager'], CASE_MANAGER);
    await registerCaseManager(console_);
    ({ clientId, caseId } = await openAssignedCase(console_, {
      givenName: 'Amara',
      familyName: 'Lind',
      dateOfBirth: '1988-02-09',
    }));
    await eventually('the first contact on the case manager’s worklist', async () => {
      const worklist = await call('GET', '/care-plan/worklist/me', manager);
      const items = (worklist.body['items'] as { caseId: string; kind: string }[] | undefined) ?? [];
      return items.some((item) => item.caseId === caseId && item.kind === 'first_contact') ? true : undefined;
    });
  }, 180_000);

  afterAll(async () => {
    await console_?.stop();
  }, 60_000);

  it('serves the console at / to a browser and the HSDS root to an API client, and leaves unknown paths to the API', async () => {
    const page = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root"></div>');
    expect((await fetch(`${baseUrl}/`, { headers: { accept: 'application/json' } })).status).toBe(401);
    expect((await fetch(`${baseUrl}/cases/${caseId}`, { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await fetch(`${baseUrl}/no-such-screen`, { headers: { accept: 'text/html' } })).status).toBe(401);
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
  });

  it('lets a console deployed on its own origin call the API from the browser, and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${baseUrl}/care-plan/worklist/me`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
    const allowed = await preflight(SEPARATE_CONSOLE_ORIGIN);
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SEPARATE_CONSOLE_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // The answer itself names the origin only for the console's, and still wants a token.
    const read = await fetch(`${baseUrl}/care-plan/worklist/me`, { headers: { origin: SEPARATE_CONSOLE_ORIGIN } });
    expect(read.status).toBe(401);
    expect(read.headers.get('access-control-allow-origin')).toBe(SEPARATE_CONSOLE_ORIGIN);
  });

  it('signs a case manager in with the development sign-in, measuring the first load’s compressed JavaScript', async () => {
    let scriptBytes = 0;
    const scripts: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      scripts.push(request.sizes().then((sizes) => void (scriptBytes += sizes.responseBodySize)));
    });
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/sign-in\?next=%2F$/);
    await page.getByRole('heading', { name: 'Development sign-in' }).waitFor();
    await Promise.all(scripts);
    page.removeAllListeners('requestfinished');
    process.stdout.write(`console first load: ${(scriptBytes / 1024).toFixed(1)} KiB of compressed JavaScript\n`);
    expect(scriptBytes).toBeGreaterThan(0);
    await screen('01-sign-in');

    await page.getByLabel('Role').selectOption('case_manager');
    await page.getByLabel('Tenant').fill(TENANT);
    await page.getByLabel('Team').fill(TEAM);
    await page.getByLabel('User id').fill(CASE_MANAGER);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Worklist', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('shows the worklist with its counts, the new case’s first contact due', async () => {
    const counts = page.getByRole('list', { name: 'Counts' });
    await counts.waitFor();
    expect(await counts.textContent()).toMatch(/\d+\s*overdue/);
    const item = page.getByRole('link', {
      name: new RegExp(`First contact with the client case ${caseId.slice(0, 8)}`),
    });
    await item.waitFor();
    // The agency's R1 stands for the program's first contact: one item, with the rule's fine and due time beside it
    // once audit has published the deadline, and no second item for R1.
    await eventually('R1 beside the first contact', async () => {
      await page.goto(`${baseUrl}/`);
      const row = page.locator('li', { has: item });
      await row.waitFor();
      return (await row.textContent())?.includes('R1 · $1,000.00 at stake') ? true : undefined;
    });
    expect(await page.getByRole('link', { name: new RegExp(`^R1 .*case ${caseId.slice(0, 8)}`) }).count()).toBe(0);
    await screen('02-worklist');
  });

  it('opens the case from the worklist, by keyboard', async () => {
    const item = page.getByRole('link', {
      name: new RegExp(`First contact with the client case ${caseId.slice(0, 8)}`),
    });
    await item.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/cases/${caseId}`);
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(await page.locator('.summary').textContent()).toContain('urgent');
    await page.getByText('No contact recorded yet.').waitFor();
    await screen('03-case');
  });

  it('keeps what was typed when a save is refused, and names the field', async () => {
    await page.getByLabel('Minutes').fill('');
    await page.getByLabel('What happened').fill('Called about the housing application');
    await page.getByRole('button', { name: 'Log contact' }).click();
    const outcome = page.locator('.log-contact .saved, .log-contact .error').first();
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/^Not saved: /);
    expect(await page.locator('#minutes-error').textContent()).toContain('required');
    expect(await page.getByLabel('What happened').inputValue()).toBe('Called about the housing application');
    await screen('04-case-save-refused');
  });

  it('logs a contact in three fields and one click, and the first contact leaves the worklist', async () => {
    await page.getByLabel('Kind').selectOption('phone');
    await page.getByLabel('Minutes').fill('20');
    await page.getByRole('button', { name: 'Log contact' }).click();
    const outcome = page.locator('.log-contact .saved, .log-contact .error').first();
    await outcome.waitFor();
    expect(await outcome.textContent()).toBe('Contact logged.');
    await page.locator('.contacts').getByText('Called about the housing application').waitFor();
    expect(await page.getByLabel('What happened').inputValue()).toBe('');
    await screen('05-case-contact-logged');

    await eventually('the first contact gone from the worklist', async () => {
      await page.goto(`${baseUrl}/`);
      await page.getByRole('list', { name: 'Counts' }).waitFor();
      const links = await page.getByRole('link', { name: /First contact with the client/ }).count();
      return links === 0 ? true : undefined;
    });
  });

  it('answers a case that does not exist with “Not found”', async () => {
    await page.goto(`${baseUrl}/cases/${randomUUID()}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await screen('06-not-found');
  });

  it('asks to sign in again when the session has ended, and comes back to the page', async () => {
    await page.evaluate(() => window.sessionStorage.clear());
    await page.goto(`${baseUrl}/cases/${caseId}`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel('User id').fill(CASE_MANAGER);
    await page.getByLabel('Tenant').fill(TENANT);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**/cases/${caseId}`);
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
  });

  it('tells a provider partner who opens a case page that it is not allowed', async () => {
    await page.evaluate(() => window.sessionStorage.clear());
    await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(`/cases/${caseId}`)}`);
    await page.getByLabel('Role').selectOption('provider_partner');
    await page.getByLabel('Tenant').fill(TENANT);
    await page.getByLabel('User id').fill('partner-e2e');
    await page.getByLabel('Organisation').fill('org-e2e');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await screen('07-not-allowed');
  });

  it('replays the case for an auditor on three dates with the slider, by keyboard, showing what changed', async () => {
    await page.evaluate(() => window.sessionStorage.clear());
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Role').selectOption('auditor');
    await page.getByLabel('Tenant').fill(TENANT);
    await page.getByLabel('User id').fill('aud-e2e');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Case replay' }).waitFor();
    await screen('08-auditor-home');
    await page.getByLabel('Case id').fill(caseId);
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.waitForURL(`**/replay/${caseId}`);

    // Reads are views in the timeline, whichever service recorded them: the slider steps over changes only.
    const timeline = await call('GET', `/audit/cases/${caseId}/timeline`, await tokenFor(['auditor'], 'aud-e2e'));
    const entries = timeline.body['entries'] as { type: string; kind: string }[];
    expect(entries.filter((entry) => entry.type.endsWith('.RecordAccessed.v1')).map((entry) => entry.kind)).toEqual(
      expect.arrayContaining(['view']),
    );
    expect(entries.filter((e) => e.type.endsWith('.RecordAccessed.v1') && e.kind !== 'view')).toEqual([]);

    const slider = page.getByRole('slider');
    await slider.waitFor();
    const changes = Number(await slider.getAttribute('max')) + 1;
    // Opened, assigned, followed by care plan, the contact: several changes, whatever else the services add.
    expect(changes).toBeGreaterThanOrEqual(3);
    const stateAt = async (position: 'first' | 'middle' | 'last') => {
      await slider.focus();
      await page.keyboard.press(position === 'last' ? 'End' : 'Home');
      if (position === 'middle') {
        for (let step = 0; step < Math.floor((changes - 1) / 2); step++) await page.keyboard.press('ArrowRight');
      }
      const label = position === 'first' ? 1 : position === 'last' ? changes : Math.floor((changes - 1) / 2) + 1;
      await page.getByText(`Change ${label} of ${changes}`).waitFor();
      await page.getByRole('heading', { name: 'What changed since the previous change' }).waitFor();
      const state = await page.getByLabel('Replayed state').textContent();
      await screen(`09-replay-${position}`);
      return state ?? '';
    };
    const first = await stateAt('first');
    const middle = await stateAt('middle');
    const last = await stateAt('last');
    expect(first).not.toContain(CASE_MANAGER);
    expect(last).toContain(CASE_MANAGER);
    expect(last).toContain('"phone"');
    expect(new Set([first, middle, last]).size).toBeGreaterThanOrEqual(2);
  });

  it('shows a provider partner the referrals sent to them with only what was disclosed; accept one, reject one', async () => {
    // The directory lists the partner's service; the case manager sends two referrals under the client's consent.
    const partner = await listPartnerService(console_, 'Eastside Housing Alliance');
    const organization = partner.organization;
    await consentToHousingReferral(console_, { clientId, caseId, signatureName: 'Amara Lind' }, partner);
    for (let n = 0; n < 2; n++) await sendHousingReferral(console_, caseId, partner);

    await page.evaluate(() => window.sessionStorage.clear());
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Role').selectOption('provider_partner');
    await page.getByLabel('Tenant').fill(TENANT);
    await page.getByLabel('User id').fill('partner-e2e');
    await page.getByLabel('Organisation').fill(organization);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/inbox');
    await eventually('both referrals in the inbox', async () => {
      await page.reload();
      await page.getByRole('heading', { name: 'Referral inbox' }).waitFor();
      return (await page.getByRole('button', { name: 'Accept' }).count()) === 2 ? true : undefined;
    });
    const inbox = (await page.locator('main').textContent()) ?? '';
    expect(inbox).toContain('Amara');
    expect(inbox).toContain('42 CFR part 2');
    await screen('10-partner-inbox');

    await page.getByRole('button', { name: 'Accept' }).first().click();
    await page.locator('.referrals').getByText('accepted').first().waitFor();
    await page.getByRole('button', { name: 'Reject…' }).click();
    await page.getByLabel('Reason').selectOption('lack_of_capacity');
    await page.getByLabel('Note').fill('No bed until next month');
    await screen('11-partner-reject');
    await page.getByRole('button', { name: 'Reject the referral' }).click();
    await page.locator('.referrals').getByText('rejected').first().waitFor();
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await screen('12-partner-answered');
  }, 120_000);

  it('lets a supervisor approve a plan from the team’s approvals queue', async () => {
    const manager = await tokenFor(['case_manager'], CASE_MANAGER);
    const supervisor = await tokenFor(['supervisor'], 'sup-e2e');
    const drafted = await call('POST', `/care-plan/cases/${caseId}/plans`, manager, {});
    expect(drafted.status).toBe(201);
    const plan = `/care-plan/cases/${caseId}/plans/${String(drafted.body['planId'])}`;
    const goal = { needs: ['housing'], description: 'A place of my own', targetDate: '2027-06-30' };
    expect((await call('POST', `${plan}/goals`, manager, goal)).status).toBe(201);
    expect((await call('POST', `${plan}/submission`, manager, { version: 2 })).status).toBe(201);
    await eventually('the plan in the team’s approvals', async () => {
      const worklist = await call('GET', `/care-plan/worklist?teamId=${TEAM}`, supervisor);
      const items = (worklist.body['items'] as { caseId: string; kind: string }[] | undefined) ?? [];
      return items.some((item) => item.caseId === caseId && item.kind === 'plan_approval') ? true : undefined;
    });

    await page.evaluate(() => window.sessionStorage.clear());
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Role').selectOption('supervisor');
    await page.getByLabel('Tenant').fill(TENANT);
    await page.getByLabel('Team').fill(TEAM);
    await page.getByLabel('User id').fill('sup-e2e');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/approvals');
    await page.getByRole('heading', { name: /Plan version 2 of case/ }).waitFor();
    expect(await page.locator('main').textContent()).toContain('A place of my own');
    await screen('13-supervisor-approvals');
    await page.getByRole('button', { name: 'Approve version 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 2 approved.' }).waitFor();
    await screen('14-supervisor-approved');
    const plans = await call('GET', `/care-plan/cases/${caseId}/plans`, supervisor);
    expect((plans.body['plans'] as { approvalStatus: string }[])[0]?.approvalStatus).toBe('approved');
  }, 120_000);

  it('renders a case with 500 events, reporting how long the case page takes', async () => {
    const manager = await tokenFor(['case_manager'], CASE_MANAGER);
    const { caseId: busyCase } = await openAssignedCase(
      console_,
      { clientId, givenName: 'Amara', familyName: 'Lind', dateOfBirth: '1988-02-09' },
      { priority: 'routine' },
    );
    await eventually('the busy case in care plan', async () =>
      (await call('GET', `/care-plan/cases/${busyCase}`, manager)).status === 200 ? true : undefined,
    );
    const contacts = 500;
    for (let n = 0; n < contacts; n++) {
      const logged = await call('POST', `/care-plan/cases/${busyCase}/contacts`, manager, {
        kind: 'phone',
        occurredAt: new Date().toISOString(),
        durationMinutes: 5,
        participants: ['client'],
        notes: `Check-in number ${n + 1}`,
      });
      expect(logged.status).toBe(201);
    }

    await page.evaluate(() => window.sessionStorage.clear());
    await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(`/cases/${busyCase}`)}`);
    await page.getByLabel('Tenant').fill(TENANT);
    await page.getByLabel('User id').fill(CASE_MANAGER);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    const started = Date.now();
    await page.reload();
    await page
      .locator('.contacts > li')
      .nth(contacts - 1)
      .waitFor();
    const elapsed = Date.now() - started;
    process.stdout.write(`console case page with ${contacts} contacts: rendered in ${elapsed} ms (reload to list)\n`);
    expect(await page.locator('.contacts > li').count()).toBe(contacts);
    await page.screenshot({ path: join(screenshots, '15-case-500-contacts.png') });
  }, 300_000);

  it('shows the case manager the case’s approved plan and its referrals as the partner answered them', async () => {
    await page.goto(`${baseUrl}/cases/${caseId}`);
    const plans = page.getByRole('region', { name: 'Care plans' });
    await plans.getByText('approval: approved').waitFor();
    expect(await plans.textContent()).toContain('A place of my own');
    const referrals = page.getByRole('region', { name: 'Referrals' });
    await referrals.getByText(/accepted/).waitFor();
    expect(await referrals.textContent()).toMatch(/rejected · sent .* · lack of capacity/);
    await screen('16-case-plans-referrals');
  });
});
