import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, resultOf, type Problem } from '../api/client';
import type { components } from '../api/schema';
import { currentSession } from '../auth/session';
import { casePath } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';

type Plan = components['schemas']['PlanDto'];

/**
 * The supervisor's approvals queue: the team's cases with a plan awaiting approval (from the team's worklist), each
 * plan's submitted version with its goals, and approve or return it with comments.
 */
export function Approvals() {
  const teamId = currentSession()?.team;
  const [worklist, reload] = useRemote(
    () =>
      teamId
        ? resultOf(api.GET('/care-plan/worklist', { params: { query: { teamId } } }))
        : Promise.resolve({ ok: true, data: undefined } as const),
    [teamId],
  );
  if (!teamId) {
    return (
      <>
        <h1>Approvals</h1>
        <p role="alert">Your sign-in names no team, so there is no team queue to show.</p>
      </>
    );
  }
  const caseIds =
    worklist.state === 'ok' && worklist.data
      ? [...new Set(worklist.data.items.filter((item) => item.kind === 'plan_approval').map((item) => item.caseId))]
      : [];
  return (
    <>
      <h1>Approvals</h1>
      <p>Care plans of team {teamId} awaiting approval, longest waiting first.</p>
      <Progress active={worklist.state === 'loading'} label="Loading the team’s queue" />
      {worklist.state === 'failed' ? <ProblemView problem={worklist.problem} retry={reload} /> : null}
      {worklist.state === 'ok' && caseIds.length === 0 ? <p>No plan is waiting for approval.</p> : null}
      {caseIds.map((caseId) => (
        <CasePlans key={caseId} caseId={caseId} />
      ))}
    </>
  );
}

function CasePlans({ caseId }: { readonly caseId: string }) {
  const [plans, reload] = useRemote(
    () => resultOf(api.GET('/care-plan/cases/{caseId}/plans', { params: { path: { caseId }, query: {} } })),
    [caseId],
  );
  if (plans.state === 'loading') return <Progress active label="Loading the plans" />;
  if (plans.state === 'failed') return <ProblemView problem={plans.problem} retry={reload} />;
  return (
    <>
      {plans.data.plans
        .filter((plan) => plan.approvalStatus === 'submitted' && plan.submitted)
        .map((plan) => (
          <PlanToApprove key={plan.planId} caseId={caseId} plan={plan} />
        ))}
    </>
  );
}

function PlanToApprove({ caseId, plan }: { readonly caseId: string; readonly plan: Plan }) {
  const titleId = useId();
  const [comments, setComments] = useState('');
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [decided, setDecided] = useState<'approved' | 'returned'>();
  const version = plan.submitted?.version ?? plan.version;
  const path = { caseId, planId: plan.planId };

  const decide = async (
    outcome: 'approved' | 'returned',
    call: () => Promise<{ response: Response; error?: unknown; data?: unknown }>,
  ) => {
    setBusy(true);
    setProblem(undefined);
    const result = await resultOf(call());
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    setDecided(outcome);
  };
  const returnPlan = (event: FormEvent) => {
    event.preventDefault();
    void decide('returned', () =>
      api.POST('/care-plan/cases/{caseId}/plans/{planId}/return', { params: { path }, body: { version, comments } }),
    );
  };

  return (
    <article className="referral" aria-labelledby={titleId}>
      <h2 id={titleId}>
        Plan version {version} of <Link to={casePath(caseId)}>case {caseId.slice(0, 8)}</Link>
      </h2>
      <p>
        Submitted by {plan.submitted?.by}
        {plan.approved
          ? ` · last approved: version ${plan.approved.version} on ${plan.approved.approvedOn} by ${plan.approved.by}`
          : ' · never approved before'}
      </p>
      <h3>Goals</h3>
      <ul>
        {plan.goals.map((goal) => (
          <li key={goal.goalId}>
            {goal.description ?? '(erased)'} — by {goal.targetDate}
            {goal.needs.length > 0 ? ` · needs: ${goal.needs.join(', ')}` : ''}
            {goal.interventions.length > 0 ? ` · ${goal.interventions.length} intervention(s)` : ''}
          </li>
        ))}
      </ul>
      {decided ? (
        <p role="status" className="saved">
          {decided === 'approved' ? `Version ${version} approved.` : `Version ${version} returned.`}
        </p>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() =>
              void decide('approved', () =>
                api.POST('/care-plan/cases/{caseId}/plans/{planId}/approval', { params: { path }, body: { version } }),
              )
            }
          >
            Approve version {version}
          </button>
          <button type="button" disabled={busy} aria-expanded={returning} onClick={() => setReturning(!returning)}>
            Return…
          </button>
        </div>
      )}
      {returning && !decided ? (
        <form onSubmit={returnPlan} aria-label="Return the plan">
          <label>
            Comments for the case manager
            <textarea value={comments} onChange={(event) => setComments(event.target.value)} required rows={3} />
          </label>
          <button type="submit" disabled={busy}>
            Return version {version}
          </button>
        </form>
      ) : null}
      <Progress active={busy} label="Saving" />
      {problem ? (
        <p role="alert" className="error">
          {problem.status === 409
            ? 'The plan changed since this page was loaded: reload to see the version now submitted.'
            : `Not saved: ${problem.message}`}
        </p>
      ) : null}
    </article>
  );
}
