import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { CASE_MANAGER, eventually, startConsole, type ConsoleUnderTest } from './harness';
import {
  consentToHousingReferral,
  listPartnerService,
  openAssignedCase,
  registerCaseManager,
  sendHousingReferral,
  type PartnerService,
} from './seed';

// The provider partner's inbox, driven to the end: a referral accepted, started and completed with its outcome (which
// the case manager then sees), one rejected with a reason, one put on hold and failed, one answered in another tab
// while a reply was being typed, and the inbox filtered and read a page at a time.

const PARTNER = 'partner-e2e';
const PAGE_SIZE = 25;

describe('the provider partner’s inbox in a browser', () => {
  let console_: ConsoleUnderTest;
  let baseUrl: string;
  let page: Page;
  let caseId: string;
  let organization: string;
  let partner: PartnerService;
  let manager: string;
  const referrals = { completed: '', rejected: '', failed: '', conflict: '' };
  const tokenFor = (roles: string[], sub: string, org?: string) => console_.tokenFor(roles, sub, org);
  const call = (method: string, path: string, token: string, body?: object) => console_.call(method, path, token, body);
  const screen = (name: string) => console_.screen(`partner-${name}`);

  /** Drafts and sends a housing referral to the partner's service under the client's consent. */
  const send = (referralId: string) => sendHousingReferral(console_, caseId, partner, { referralId });

  /** The card of a referral in the inbox, found by the link to its page. */
  const card = (referralId: string) =>
    page.locator('article.referral').filter({ has: page.locator(`a[href="/inbox/${referralId}"]`) });

  const daysAgo = (days: number): string => {
    const day = new Date(Date.now() - days * 86_400_000);
    return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  };

  beforeAll(async () => {
    console_ = await startConsole('console_partner_e2e');
    baseUrl = console_.baseUrl;
    page = console_.page;

    // The directory lists the partner's service; a client's case, assigned, with a housing need and a consent to
    // share their name and housing need with the partner for a referral.
    manager = await tokenFor(['case_manager'], CASE_MANAGER);
    partner = await listPartnerService(console_, 'Eastside Housing Alliance');
    organization = partner.organization;
    await registerCaseManager(console_);
    const opened = await openAssignedCase(
      console_,
      { givenName: 'Noor', familyName: 'Haddad', dateOfBirth: '1979-07-21' },
      { priority: 'routine' },
    );
    caseId = opened.caseId;
    await consentToHousingReferral(console_, { ...opened, signatureName: 'Noor Haddad' }, partner);
    // Sent in this order, so the inbox (the one changed longest ago first) lists them so.
    for (const key of ['completed', 'rejected', 'failed', 'conflict'] as const) {
      referrals[key] = randomUUID();
      await send(referrals[key]);
    }
  }, 180_000);

  afterAll(async () => {
    await console_?.stop();
  }, 60_000);

  it('signs the partner in to the inbox: the referrals sent to them, only what was disclosed, the §2.32 notice', async () => {
    await console_.signIn({ role: 'provider_partner', user: PARTNER, organization });
    await page.waitForURL('**/inbox');
    await eventually('the four referrals in the inbox', async () => {
      await page.reload();
      await page.getByRole('heading', { name: 'Referral inbox' }).waitFor();
      return (await page.getByRole('button', { name: 'Accept' }).count()) === 4 ? true : undefined;
    });
    const inbox = (await page.locator('main').textContent()) ?? '';
    expect(inbox).toContain('Noor');
    expect(inbox).toContain('42 CFR part 2');
    // Disclosed: the name and the housing need; never the date of birth, which the consent did not cover.
    expect(inbox).not.toContain('1979');
    expect(await page.getByRole('status').filter({ hasText: '4 referrals' }).count()).toBe(1);
    const counts = page.getByRole('list', { name: 'Counts' });
    await counts.getByRole('link', { name: '4 waiting for an answer' }).waitFor();
    expect(await counts.getByRole('listitem').count()).toBe(1);
    expect(await page.getByLabel('Status').locator('option').allTextContents()).toContain('Waiting for an answer (4)');
    await screen('01-inbox');
  });

  it('opens a referral, accepts it, starts the service and completes it with the outcome', async () => {
    const id = referrals.completed;
    const link = card(id).getByRole('link', { name: 'Open the referral' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/inbox/${id}`);
    const title = page.getByRole('heading', { level: 1 });
    await title.filter({ hasText: 'requested' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('42 CFR part 2');
    expect(new URL(page.url()).search).toBe('');
    await screen('02-referral');

    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('status').filter({ hasText: 'now accepted' }).waitFor();
    await title.filter({ hasText: 'accepted' }).waitFor();
    // Accepted: the moves from there, and no answer any more.
    expect(await page.getByRole('button', { name: 'Reject…' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Put on hold…' }).waitFor();
    await page.getByRole('button', { name: 'Record a failure…' }).waitFor();
    await screen('03-accepted');

    await page.getByRole('button', { name: 'Start the service' }).click();
    await title.filter({ hasText: 'in progress' }).waitFor();
    expect(await page.getByRole('button', { name: 'Start the service' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Complete…' }).click();
    const form = page.getByRole('form', { name: 'Complete the referral' });
    await form.getByLabel('Delivered on').fill(daysAgo(2));
    await form.getByLabel('Outcome').fill('Placed in the night shelter; bed held for 30 nights');
    await screen('04-complete');
    await form.getByRole('button', { name: 'Complete the referral' }).click();
    await title.filter({ hasText: 'completed' }).waitFor();
    await page.getByText('This referral has ended').waitFor();
    // Once the inbox caught up, the page shows the delivery date it read back.
    await eventually('the completion in the inbox', async () =>
      (await page
        .getByRole('definition')
        .filter({ hasText: daysAgo(2) })
        .count()) > 0
        ? true
        : undefined,
    );
    // The history reads the referral's own record: every move, which side made it, the delivery date.
    const history = page.getByRole('region', { name: 'History' }).getByRole('listitem');
    await history.filter({ hasText: `completed by your organisation, delivered on ${daysAgo(2)}` }).waitFor();
    expect((await history.allTextContents()).map((line) => line.replace(/^.*?: /, ''))).toEqual([
      'sent by the agency',
      'accepted by your organisation',
      'started by your organisation',
      `completed by your organisation, delivered on ${daysAgo(2)}`,
    ]);
    await screen('05-completed');
  });

  it('shows the case manager the outcome the partner reported', async () => {
    const listed = await eventually('the completion on the case', async () => {
      const answer = await call('GET', `/referral/cases/${caseId}/referrals`, manager);
      const found = (answer.body as unknown as { referralId: string; status: string; deliveredOn: string }[]).find(
        (referral) => referral.referralId === referrals.completed,
      );
      return found?.status === 'completed' ? found : undefined;
    });
    expect(listed.deliveredOn).toBe(daysAgo(2));
    // The outcome itself is sealed text, read back from the referral's own record.
    const one = await call('GET', `/referral/referrals/${referrals.completed}`, manager);
    expect(one.status).toBe(200);
    expect(one.body['outcome']).toEqual({
      deliveredOn: daysAgo(2),
      description: 'Placed in the night shelter; bed held for 30 nights',
    });

    await console_.signIn({ role: 'case_manager', user: CASE_MANAGER, next: `/cases/${caseId}` });
    const region = page.getByRole('region', { name: 'Referrals' });
    await region.getByText(`completed · sent`).waitFor();
    expect(await region.textContent()).toContain(`delivered ${daysAgo(2)}`);
    await screen('06-case-manager-sees-outcome');
  });

  it('rejects another referral with a reason, from the inbox', async () => {
    await console_.signIn({ role: 'provider_partner', user: PARTNER, organization });
    await page.waitForURL('**/inbox');
    const rejected = card(referrals.rejected);
    await rejected.getByRole('button', { name: 'Reject…' }).click();
    await rejected.getByLabel('Reason').selectOption('not_eligible');
    await rejected.getByLabel('Note').fill('Over the income limit for this programme');
    await screen('07-reject');
    await rejected.getByRole('button', { name: 'Reject the referral' }).click();
    await rejected.getByRole('heading').filter({ hasText: 'rejected' }).waitFor();
    expect(await rejected.getByRole('button').count()).toBe(0);
    await eventually('the rejection’s reason in the inbox', async () =>
      ((await rejected.textContent()) ?? '').includes('not eligible') ? true : undefined,
    );
    await screen('08-rejected');
    const asListed = await call('GET', `/referral/cases/${caseId}/referrals`, manager);
    const found = (asListed.body as unknown as { referralId: string; status: string; reason: string }[]).find(
      (referral) => referral.referralId === referrals.rejected,
    );
    expect(found).toMatchObject({ status: 'rejected', reason: 'not_eligible' });
  });

  it('puts an accepted referral on hold, and records that it failed', async () => {
    const failing = card(referrals.failed);
    await failing.getByRole('button', { name: 'Accept' }).click();
    await failing.getByRole('button', { name: 'Put on hold…' }).click();
    await failing.getByLabel('Why (optional)').fill('Waiting for the client’s documents');
    await failing.getByRole('button', { name: 'Put the referral on hold' }).click();
    await failing.getByRole('heading').filter({ hasText: 'on hold' }).waitFor();
    // On hold: resume or fail, but not complete.
    expect(await failing.getByRole('button', { name: 'Complete…' }).count()).toBe(0);
    await failing.getByRole('button', { name: 'Start the service' }).waitFor();
    await screen('09-on-hold');
    await failing.getByRole('button', { name: 'Record a failure…' }).click();
    await failing.getByLabel('Reason').selectOption('unable_to_contact_client');
    await failing.getByRole('button', { name: 'Record the failure' }).click();
    await failing.getByRole('heading').filter({ hasText: 'failed' }).waitFor();
    await screen('10-failed');
  });

  it('explains a referral answered meanwhile in another tab, keeps the typed note, and reloads it under the form', async () => {
    await page.goto(`${baseUrl}/inbox/${referrals.conflict}`);
    const title = page.getByRole('heading', { level: 1 });
    await title.filter({ hasText: 'requested' }).waitFor();
    await page.getByRole('button', { name: 'Reject…' }).click();
    await page.getByLabel('Reason').selectOption('lack_of_capacity');
    const note = 'No bed free until the 20th; we can take them then';
    await page.getByLabel('Note').fill(note);

    // A colleague accepts it in another tab.
    const partner = await tokenFor(['provider_partner'], 'partner-colleague', organization);
    expect((await call('POST', `/referral/partner/referrals/${referrals.conflict}/accept`, partner)).status).toBe(201);

    await page.getByRole('button', { name: 'Reject the referral' }).click();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'changed since you opened it' }).waitFor();
    expect(await alert.textContent()).toContain('cannot go from accepted to rejected');
    expect(await page.getByLabel('Note').inputValue()).toBe(note);
    await screen('11-conflict');

    await page.getByRole('button', { name: 'Reload the referral' }).click();
    await eventually('the acceptance on the page', async () => {
      const text = (await title.textContent()) ?? '';
      if (text.includes('accepted')) return true;
      await page.getByRole('button', { name: 'Reload the referral' }).click();
      return undefined;
    });
    expect(await page.getByLabel('Note').inputValue()).toBe(note);
    await page.getByRole('button', { name: 'Start the service' }).waitFor();
    await page
      .getByRole('region', { name: 'History' })
      .getByRole('listitem')
      .filter({ hasText: 'accepted by your organisation' })
      .waitFor();
    await screen('12-conflict-reloaded');
  });

  it('filters the inbox by status', async () => {
    await page.goto(`${baseUrl}/inbox`);
    await page.getByRole('heading', { name: 'Referral inbox' }).waitFor();
    await page.getByLabel('Status').selectOption('completed');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL('**/inbox?status=completed');
    await page.getByRole('status').filter({ hasText: '1 referral: completed' }).waitFor();
    expect(await card(referrals.completed).count()).toBe(1);
    expect(await page.locator('article.referral').count()).toBe(1);
    await screen('13-filtered');

    // The counts lead to the same lists: each status's link filters the inbox by it.
    await page.getByRole('list', { name: 'Counts' }).getByRole('link', { name: '1 rejected' }).click();
    await page.waitForURL('**/inbox?status=rejected');
    await page.getByRole('status').filter({ hasText: '1 referral: rejected' }).waitFor();
    expect(await card(referrals.rejected).count()).toBe(1);
    expect(await page.getByLabel('Status').inputValue()).toBe('rejected');

    await page.getByLabel('Status').selectOption('cancelled');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('No referral is cancelled by the agency.').waitFor();
    await screen('14-filtered-empty');
  });

  it('reads a long inbox a page at a time', async () => {
    const extra = PAGE_SIZE;
    for (let n = 0; n < extra; n++) await send(randomUUID());
    await page.goto(`${baseUrl}/inbox`);
    await page.getByRole('status').filter({ hasText: 'more to read' }).waitFor();
    expect(await page.locator('article.referral').count()).toBe(PAGE_SIZE);
    await page.getByRole('button', { name: 'Show more referrals' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${extra + 4} referrals` })
      .waitFor();
    expect(await page.locator('article.referral').count()).toBe(extra + 4);
    expect(await page.getByRole('button', { name: 'Show more referrals' }).count()).toBe(0);
    await screen('15-all-pages');
  }, 120_000);

  it('answers a referral that is not the partner’s with “Not found”', async () => {
    await page.goto(`${baseUrl}/inbox/${randomUUID()}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await screen('16-not-found');
  });
});
