import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { TEAM, eventually, startConsole, type ConsoleUnderTest } from './harness';
import { consentToHousingReferral, listPartnerService, sendHousingReferral } from './seed';

// The supervisor's morning: the team's caseloads against the limit, the approvals queue with what changed since the
// last approved version (approve one plan, return another after a conflict), escalated referrals, compliance at risk.

const SUPERVISOR = 'sup-team-e2e';
const WORKERS = ['cm-sup-1', 'cm-sup-2'] as const;

describe('the supervisor’s screens in a browser, against the built platform', () => {
  let console_: ConsoleUnderTest;
  let page: Page;
  const approvedCase = randomUUID();
  const neverApprovedCase = randomUUID();
  const otherCase = randomUUID();
  let approvedPlan = '';
  let neverApprovedPlan = '';
  const clientId = randomUUID();
  const tokenFor = (roles: string[], sub: string, org?: string) => console_.tokenFor(roles, sub, org);
  const call = (method: string, path: string, token: string, body?: object) => console_.call(method, path, token, body);
  const screen = (name: string) => console_.screen(name);
  const ok = async (answer: Promise<{ status: number; body: Record<string, unknown> }>, status = 201) => {
    const { status: got, body } = await answer;
    expect({ got, body }).toEqual({ got: status, body: expect.anything() });
    return body;
  };

  beforeAll(async () => {
    console_ = await startConsole('console_supervisor');
    page = console_.page;
    const admin = await tokenFor(['admin'], 'adm-sup-e2e');
    const intakeWorker = await tokenFor(['intake_worker'], 'iw-sup-e2e');
    const supervisor = await tokenFor(['supervisor'], SUPERVISOR);
    const manager = await tokenFor(['case_manager'], WORKERS[0]);
    for (const worker of WORKERS) {
      await ok(
        call('PUT', `/intake/workers/${worker}`, admin, {
          displayName: `Case manager ${worker}`,
          teamId: TEAM,
          roles: ['case_manager'],
        }),
        200,
      );
    }
    await ok(
      call('POST', '/intake/clients', intakeWorker, {
        clientId,
        givenName: 'Noor',
        familyName: 'Haddad',
        dateOfBirth: '1979-05-21',
        preferredLanguage: 'en',
      }),
    );
    // Two cases for the first case manager (one an emergency, so its first contact is due within a day), one for
    // the second.
    for (const [caseId, priority, worker] of [
      [approvedCase, 'emergency', WORKERS[0]],
      [neverApprovedCase, 'routine', WORKERS[0]],
      [otherCase, 'routine', WORKERS[1]],
    ] as const) {
      await ok(
        call('POST', '/intake/cases', intakeWorker, {
          caseId,
          clientId,
          programId: 'adult-behavioral-health',
          priority,
          referralSource: { kind: 'self' },
        }),
      );
      await ok(call('POST', `/intake/cases/${caseId}/assignment`, supervisor, { caseManagerId: worker }), 200);
    }
    for (const caseId of [approvedCase, neverApprovedCase]) {
      await ok(call('POST', `/intake/cases/${caseId}/needs`, manager, { need: 'housing' }));
    }

    // Plan v1 drafted, a goal (v2) approved; then revised, a goal and an intervention added (v5), and submitted.
    const drafted = await eventually('the case in care plan', async () => {
      const answer = await call('POST', `/care-plan/cases/${approvedCase}/plans`, manager, {});
      return answer.status === 201 ? answer.body : undefined;
    });
    approvedPlan = `/care-plan/cases/${approvedCase}/plans/${String(drafted['planId'])}`;
    const goal = { needs: ['housing'], description: 'A place of my own', targetDate: '2027-06-30' };
    // Care plan learns of the case's needs from intake after the case itself: until then a goal for housing is 422.
    const added = await eventually('the housing need in care plan', async () => {
      const answer = await call('POST', `${approvedPlan}/goals`, manager, goal);
      if (answer.status === 422 && answer.body['error'] === 'CARE_PLAN.NEED_NOT_ON_CASE') return undefined;
      return answer;
    });
    const goalId = String((await ok(Promise.resolve(added)))['id']);
    await ok(call('POST', `${approvedPlan}/submission`, manager, { version: 2 }));
    await ok(call('POST', `${approvedPlan}/approval`, supervisor, { version: 2 }));
    await ok(
      call('PUT', `${approvedPlan}/goals/${goalId}`, manager, { ...goal, description: 'A flat of my own near school' }),
      200,
    );
    await ok(
      call('POST', `${approvedPlan}/goals`, manager, {
        needs: ['housing'],
        description: 'Steady income',
        targetDate: '2027-09-30',
      }),
    );
    await ok(
      call('POST', `${approvedPlan}/goals/${goalId}/interventions`, manager, {
        description: 'Apply for the housing voucher',
        responsible: { kind: 'case_manager' },
        dueDate: '2027-01-31',
      }),
    );
    await ok(call('POST', `${approvedPlan}/submission`, manager, { version: 5 }));

    // A plan never approved, submitted at v2.
    const second = await eventually('the second case in care plan', async () => {
      const answer = await call('POST', `/care-plan/cases/${neverApprovedCase}/plans`, manager, {});
      return answer.status === 201 ? answer.body : undefined;
    });
    neverApprovedPlan = `/care-plan/cases/${neverApprovedCase}/plans/${String(second['planId'])}`;
    await ok(call('POST', `${neverApprovedPlan}/goals`, manager, { ...goal, description: 'Keep the tenancy' }));
    await ok(call('POST', `${neverApprovedPlan}/submission`, manager, { version: 2 }));

    await eventually('both plans in the team’s approvals queue', async () => {
      const queue = await call('GET', `/care-plan/approvals?teamId=${TEAM}`, supervisor);
      const items = (queue.body['items'] as { caseId: string }[] | undefined) ?? [];
      const waiting = items.map((item) => item.caseId);
      return waiting.includes(approvedCase) && waiting.includes(neverApprovedCase) ? true : undefined;
    });
  }, 240_000);

  afterAll(async () => {
    await console_?.stop();
  }, 60_000);

  it('lands the supervisor on approvals, and shows the team’s caseloads as a chart against the limit and a table', async () => {
    await console_.signIn({ role: 'supervisor', user: SUPERVISOR });
    await page.waitForURL('**/approvals');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team caseloads' }).click();
    await page.getByRole('heading', { name: 'Team caseloads' }).waitFor();
    const chart = page.getByRole('img', { name: /Open cases of 2 case managers against a limit of \d+/ });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toContain(`the busiest, ${WORKERS[0]}, holds 2`);
    const row = (worker: string) => page.getByRole('row', { name: new RegExp(`^${worker} `) });
    expect(await row(WORKERS[0]).getByRole('cell').first().textContent()).toBe('2');
    expect(await row(WORKERS[1]).getByRole('cell').first().textContent()).toBe('1');
    await screen('sup-01-team-caseloads');
  });

  it('shows what changed since the last approved version, and approves the submitted one', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    const plan = page.getByRole('article', { name: /Plan version 5 of case/ });
    const changes = plan.getByRole('region', { name: 'What changed since version 2, the last approved' });
    await changes.getByText('Changed goal:').waitFor();
    const text = (await changes.textContent()) ?? '';
    expect(text).toContain('Added goal: Steady income');
    expect(text).toContain('Added intervention: Apply for the housing voucher');
    expect(await changes.locator('del').first().textContent()).toContain('place');
    expect(
      await changes
        .locator('ins')
        .allTextContents()
        .then((all) => all.join(' ')),
    ).toContain('near school');
    const fresh = page.getByRole('article', { name: /Plan version 2 of case/ });
    await fresh.getByRole('heading', { name: 'What it proposes (never approved before)' }).waitFor();
    await fresh.getByText('Added goal:').waitFor();
    await screen('sup-02-approvals-what-changed');

    await plan.getByRole('button', { name: 'Approve version 5' }).click();
    await plan.getByRole('status').filter({ hasText: 'Version 5 approved.' }).waitFor();
    await screen('sup-03-approved');
    const supervisor = await tokenFor(['supervisor'], SUPERVISOR);
    const plans = await call('GET', `/care-plan/cases/${approvedCase}/plans`, supervisor);
    expect((plans.body['plans'] as { approved: { version: number } }[])[0]?.approved.version).toBe(5);
  });

  it('keeps the comments typed when a return meets a newer version, reloads it, and returns that one', async () => {
    const plan = page.getByRole('article', { name: /Plan version 2 of case/ });
    await plan.getByRole('button', { name: 'Return…' }).click();
    await plan.getByLabel('Comments for the case manager').fill('Add how the rent will be paid');
    // Meanwhile the case manager changes the plan and submits it again.
    const manager = await tokenFor(['case_manager'], WORKERS[0]);
    await ok(
      call('POST', `${neverApprovedPlan}/goals`, manager, {
        needs: ['housing'],
        description: 'Budget for the rent',
        targetDate: '2027-03-31',
      }),
    );
    await ok(call('POST', `${neverApprovedPlan}/submission`, manager, { version: 3 }));

    await plan.getByRole('button', { name: 'Return version 2' }).click();
    const problem = plan.getByRole('alert');
    await problem.getByText(/changed since you opened it/).waitFor();
    expect(await plan.getByLabel('Comments for the case manager').inputValue()).toBe('Add how the rent will be paid');
    await screen('sup-04-return-conflict');

    await problem.getByRole('button', { name: 'Reload the plan' }).click();
    const reloaded = page.getByRole('article', { name: /Plan version 3 of case/ });
    await reloaded.getByText('Budget for the rent').first().waitFor();
    expect(await reloaded.getByLabel('Comments for the case manager').inputValue()).toBe(
      'Add how the rent will be paid',
    );
    await reloaded.getByRole('button', { name: 'Return version 3' }).click();
    await reloaded.getByRole('status').filter({ hasText: 'Version 3 returned.' }).waitFor();
    await screen('sup-05-returned');
    const supervisor = await tokenFor(['supervisor'], SUPERVISOR);
    const plans = await call('GET', neverApprovedPlan.replace(/\/[^/]+$/, ''), supervisor);
    expect((plans.body['plans'] as { returned: { version: number; comments: string } }[])[0]?.returned).toMatchObject({
      version: 3,
      comments: 'Add how the rent will be paid',
    });
  });

  it('lists the team’s referrals: escalated or overdue first, then those awaiting an answer in time', async () => {
    // A referral sent on the first case, under the client's consent, to a listed service.
    const supervisor = await tokenFor(['supervisor'], SUPERVISOR);
    const partner = await listPartnerService(console_, 'Northside Housing');
    const asItsManager = { caseManagerId: WORKERS[0] };
    await consentToHousingReferral(
      console_,
      { clientId, caseId: approvedCase, signatureName: 'Noor Haddad' },
      partner,
      { ...asItsManager, needRecorded: true },
    );
    const referralId = await sendHousingReferral(console_, approvedCase, partner, asItsManager);
    await eventually('the referral on the team’s worklist', async () => {
      const worklist = await call('GET', `/care-plan/worklist?teamId=${TEAM}`, supervisor);
      const items = (worklist.body['items'] as { referralId?: string }[] | undefined) ?? [];
      return items.some((item) => item.referralId === referralId) ? true : undefined;
    });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Escalated referrals' }).click();
    await page.getByRole('heading', { name: 'Escalated referrals' }).waitFor();
    const escalated = page.getByRole('region', { name: 'Escalated or overdue' });
    await escalated.getByText('No referral of the team is escalated or overdue.').waitFor();
    const pending = page.getByRole('region', { name: 'Awaiting an answer or follow-up, not yet due' });
    const row = pending.getByRole('row', { name: /Referral awaiting the provider’s answer/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(referralId.slice(0, 8));
    expect(await row.textContent()).toContain(WORKERS[0]);
    await screen('sup-06-escalated-referrals');
  }, 120_000);

  it('shows the team’s compliance deadlines at risk with the fines at stake', async () => {
    await eventually('the emergency case’s first-contact deadline at risk', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance at risk' }).click();
      await page.getByRole('heading', { name: 'Compliance at risk' }).waitFor();
      await page.getByText(/Loading/).waitFor({ state: 'detached' });
      const r1 = page.getByRole('row', { name: new RegExp(`^R1 .*case ${approvedCase.slice(0, 8)}`) });
      return (await r1.count()) === 1 ? true : undefined;
    });
    const r1 = page.getByRole('row', { name: new RegExp(`^R1 .*case ${approvedCase.slice(0, 8)}`) });
    expect(await r1.textContent()).toContain('$1,000.00');
    expect(await page.locator('main').textContent()).toMatch(/\$[\d,]+\.\d\d at stake/);
    await screen('sup-07-compliance-at-risk');
  }, 60_000);

  it('shows the team’s violations and fines on both clocks, scoped by the API to the team’s cases', async () => {
    const supervisor = await tokenFor(['supervisor'], SUPERVISOR);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance', exact: true }).click();
    await page.getByRole('heading', { name: 'Compliance', exact: true }).waitFor();
    await page.getByText(`The cases your team holds (${TEAM}).`).waitFor();
    // A team's report offers no grouping by team.
    expect(await page.getByLabel('Group by').locator('option').allTextContents()).toEqual([
      'Rule',
      'Case manager',
      'Month due',
    ]);
    const occurred = page.getByRole('region', { name: 'As it happened' });
    await occurred.getByRole('table').waitFor();
    const from = await page.getByLabel('Due from').inputValue();
    const to = await page.getByLabel('Due to').inputValue();
    const ofTeam = await call('GET', `/audit/compliance?from=${from}&to=${to}&groupBy=rule`, supervisor);
    expect(ofTeam.status).toBe(200);
    const totals = ofTeam.body['totals'] as { obligations: number };
    expect(totals.obligations).toBeGreaterThan(0);
    expect(await occurred.locator('tfoot tr td').nth(0).textContent()).toBe(String(totals.obligations));
    // Another team's figures are not the supervisor's to read.
    const other = await call('GET', `/audit/compliance?from=${from}&to=${to}&team=team-elsewhere`, supervisor);
    expect(other.status).toBe(403);
    await screen('sup-08-team-compliance');
  }, 60_000);

  it('tells a case manager who opens the team’s caseloads that it is not allowed', async () => {
    await console_.signIn({ role: 'case_manager', user: WORKERS[0], next: '/team' });
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await screen('sup-08-not-allowed');
  });
});
