import { readFile, stat } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { CASE_MANAGER, eventually, startConsole, type ConsoleUnderTest } from './harness';
import {
  consentToHousingReferral,
  listPartnerService,
  openAssignedCase,
  registerCaseManager,
  sendHousingReferral,
} from './seed';

// The auditor's screens on a case with some history: the chain, compliance on both clocks, a client's disclosures,
// and the tenant's export.

describe('the auditor’s screens in a browser, against the built platform', () => {
  let console_: ConsoleUnderTest;
  let page: Page;
  let caseId: string;
  let clientId: string;
  let consentId: string;
  let organization: string;
  const tokenFor = (roles: string[], sub: string, org?: string) => console_.tokenFor(roles, sub, org);
  const call = (method: string, path: string, token: string, body?: object) => console_.call(method, path, token, body);
  const screen = (name: string) => console_.screen(name);
  const bytesOf = async (download: Download) => (await stat((await download.path()) ?? '')).size;

  beforeAll(async () => {
    console_ = await startConsole('console_auditor_e2e');
    page = console_.page;

    // A case opened, assigned, with a contact, and a referral sent under the client's consent: a disclosure.
    const manager = await tokenFor(['case_manager'], CASE_MANAGER);
    await registerCaseManager(console_);
    ({ clientId, caseId } = await openAssignedCase(console_, {
      givenName: 'Idris',
      familyName: 'Maalouf',
      dateOfBirth: '1979-11-23',
    }));
    await eventually('the case in care plan', async () =>
      (await call('GET', `/care-plan/cases/${caseId}`, manager)).status === 200 ? true : undefined,
    );
    expect(
      (
        await call('POST', `/care-plan/cases/${caseId}/contacts`, manager, {
          kind: 'phone',
          occurredAt: new Date().toISOString(),
          durationMinutes: 10,
          participants: ['client'],
          notes: 'First call about housing',
        })
      ).status,
    ).toBe(201);
    const partner = await listPartnerService(console_, 'Harbour Housing Trust');
    organization = partner.organization;
    consentId = await consentToHousingReferral(console_, { clientId, caseId, signatureName: 'Idris Maalouf' }, partner);
    await sendHousingReferral(console_, caseId, partner);
    const auditor = await tokenFor(['auditor'], 'aud-e2e');
    await eventually('the disclosure in the audit trail', async () => {
      const accounting = await call('GET', `/audit/clients/${clientId}/disclosures`, auditor);
      return ((accounting.body['disclosures'] as unknown[] | undefined) ?? []).length > 0 ? true : undefined;
    });
  }, 240_000);

  afterAll(async () => {
    await console_?.stop();
  }, 60_000);

  it('verifies the chain for the auditor: intact, how many entries, when', async () => {
    await console_.signIn({ role: 'auditor', user: 'aud-e2e' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Case replay', 'Chain', 'Compliance', 'Disclosures', 'Exports']) {
      await nav.getByRole('link', { name, exact: true }).waitFor();
    }
    await nav.getByRole('link', { name: 'Chain', exact: true }).click();
    await page.getByRole('heading', { name: 'Chain verification' }).waitFor();
    await screen('auditor-01-chain');
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByRole('heading', { name: 'The chain is intact' }).waitFor();
    const checked = Number(await page.locator('dt:text-is("Entries checked") + dd').textContent());
    expect(checked).toBeGreaterThan(0);
    expect(await page.locator('dt:text-is("Verified") + dd time').getAttribute('datetime')).toMatch(/^\d{4}-/);
    await screen('auditor-02-chain-intact');
  });

  it('shows compliance on both clocks as charts with their numbers in a table, and downloads the CSV', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance', exact: true }).click();
    await page.getByRole('heading', { name: 'Compliance', exact: true }).waitFor();
    const occurred = page.getByRole('region', { name: 'As it happened' });
    await occurred.getByRole('table').waitFor();
    // The charts: one for violations, one for the fines, each summarised for assistive technology.
    const charts = occurred.getByRole('img');
    expect(await charts.count()).toBe(2);
    expect(await charts.nth(0).getAttribute('aria-label')).toMatch(/Violations by rule/);
    expect(await charts.nth(1).getAttribute('aria-label')).toMatch(/Fine exposure by rule/);
    // The table's totals are the API's, for the same period.
    const from = await page.getByLabel('Due from').inputValue();
    const to = await page.getByLabel('Due to').inputValue();
    const auditor = await tokenFor(['auditor'], 'aud-e2e');
    const report = await call('GET', `/audit/compliance?from=${from}&to=${to}&groupBy=rule`, auditor);
    expect(report.status).toBe(200);
    const totals = report.body['totals'] as { obligations: number; violations: number };
    expect(totals.obligations).toBeGreaterThan(0);
    const all = occurred.locator('tfoot tr');
    expect(await all.locator('td').nth(0).textContent()).toBe(String(totals.obligations));
    expect(await all.locator('td').nth(1).textContent()).toBe(String(totals.violations));
    const groups = report.body['groups'] as { key: string }[];
    expect(await occurred.locator('tbody tr').count()).toBe(groups.length);
    expect(await occurred.locator('svg rect.bar').count()).toBe(2 * groups.length);
    await screen('auditor-03-compliance');

    // The known clock on a date of the auditor's choosing: before the case existed, nothing was due.
    // Two days ago by UTC: a date that ended before the case existed in the agency's zone too, at any hour.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Known on', { exact: true }).fill(twoDaysAgo);
    await page.getByLabel('Group by').selectOption('month');
    await page.getByRole('button', { name: 'Show' }).click();
    const known = page.getByRole('region', { name: `As known on ${twoDaysAgo}` });
    await known.getByText('No obligation fell due in the period.').waitFor();
    expect(await known.getByRole('img').count()).toBe(2);
    await occurred.getByRole('columnheader', { name: 'Month due' }).waitFor();
    await screen('auditor-04-compliance-known');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      occurred.getByRole('button', { name: /Download as CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(await bytesOf(csv)).toBeGreaterThan(0);
  });

  it('lists the disclosures of a client: when, to whom, what, purpose, consent', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Disclosures', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Accounting of disclosures' }).waitFor();
    await screen('auditor-05-disclosures');
    await page.getByLabel('Client id').fill(clientId);
    await page.getByRole('button', { name: 'Show disclosures' }).click();
    await page.waitForURL(`**/disclosures/${clientId}`);
    await page.getByRole('heading', { name: /^1 disclosure of client/ }).waitFor();
    const row = page.locator('tbody tr');
    expect(await row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(organization);
    expect(text).toContain('referral');
    expect(text).toContain(consentId);
    expect(text).toContain(CASE_MANAGER);
    // Nothing personal in the address: the client's id only.
    expect(page.url()).not.toMatch(/Idris|Maalouf|1979/);
    await screen('auditor-06-disclosures-client');
  });

  it('starts a tenant export, shows it written to the end, and saves its bytes', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exports', exact: true }).click();
    await page.getByRole('heading', { name: 'Exports', exact: true }).waitFor();
    await screen('auditor-07-exports');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the tenant' }).click(),
    ]);
    await page.getByText(/^Downloaded: [\d,]+ bytes\.$/).waitFor();
    await page.getByText(/^Done: \d+ of \d+ cases/).waitFor();
    expect(await page.locator('progress').getAttribute('value')).toBe('100');
    const bytes = await bytesOf(download);
    expect(bytes).toBeGreaterThan(0);
    const saved = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { entries: unknown[] };
    expect(saved.entries.length).toBeGreaterThan(0);
    await screen('auditor-08-export-done');
  });

  it('exports a case from its replay', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Case replay', exact: true })
      .click();
    await page.getByLabel('Case id').fill(caseId);
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.waitForURL(`**/replay/${caseId}`);
    await page.getByRole('slider').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the case' }).click(),
    ]);
    await page.getByText(/^Downloaded: [\d,]+ bytes\.$/).waitFor();
    expect(await bytesOf(download)).toBeGreaterThan(0);
    await screen('auditor-09-replay-export');
  });
});
