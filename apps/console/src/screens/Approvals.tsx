import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, resultOf } from '../api/client';
import type { components } from '../api/schema';
import { currentSession } from '../auth/session';
import { casePath } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import { SaveProblem, useSave } from '../ui/save';
import { diffPlan, type FieldChange, type GoalChange } from './plan-diff';

type Plan = components['schemas']['PlanDto'];

/**
 * The supervisor's approvals queue: the team's plans with a version awaiting a decision, each with what changed since
 * its last approved version, and approve or return it with comments.
 */
export function Approvals() {
  const teamId = currentSession()?.team;
  const [queue, reload] = useRemote(
    () =>
      teamId
        ? resultOf(api.GET('/care-plan/approvals', { params: { query: { teamId } } }))
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
  return (
    <>
      <h1>Approvals</h1>
      <p>Care plans of team {teamId} with a version awaiting approval: first submissions and changed plans alike.</p>
      <Progress active={queue.state === 'loading'} label="Loading the team’s queue" />
      {queue.state === 'failed' ? <ProblemView problem={queue.problem} retry={reload} /> : null}
      {queue.state === 'ok' && queue.data?.items.length === 0 ? <p>No plan is waiting for approval.</p> : null}
      {queue.state === 'ok'
        ? queue.data?.items.map((item) => (
            <PlanToApprove key={item.plan.planId} caseId={item.caseId} plan={item.plan} onReload={reload} />
          ))
        : null}
    </>
  );
}

function PlanToApprove({
  caseId,
  plan,
  onReload,
}: {
  readonly caseId: string;
  readonly plan: Plan;
  readonly onReload: () => void;
}) {
  const titleId = useId();
  const [comments, setComments] = useState('');
  const [returning, setReturning] = useState(false);
  const [decided, setDecided] = useState<'approved' | 'returned'>();
  const version = plan.submitted?.version ?? plan.version;
  const path = { caseId, planId: plan.planId };
  const approve = useSave(() =>
    resultOf(api.POST('/care-plan/cases/{caseId}/plans/{planId}/approval', { params: { path }, body: { version } })),
  );
  const giveBack = useSave(() =>
    resultOf(
      api.POST('/care-plan/cases/{caseId}/plans/{planId}/return', { params: { path }, body: { version, comments } }),
    ),
  );
  const saving = approve.saving || giveBack.saving;
  const problem = approve.problem ?? giveBack.problem;

  const onApprove = async () => {
    giveBack.clear();
    if ((await approve.run()).ok) setDecided('approved');
  };
  const onReturn = async (event: FormEvent) => {
    event.preventDefault();
    approve.clear();
    if ((await giveBack.run()).ok) setDecided('returned');
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
      <WhatChanged caseId={caseId} plan={plan} />
      {decided ? (
        <p role="status" className="saved">
          {decided === 'approved' ? `Version ${version} approved.` : `Version ${version} returned.`}
        </p>
      ) : (
        <div className="actions">
          <button type="button" className="primary" disabled={saving} onClick={() => void onApprove()}>
            Approve version {version}
          </button>
          <button type="button" disabled={saving} aria-expanded={returning} onClick={() => setReturning(!returning)}>
            Return…
          </button>
        </div>
      )}
      {returning && !decided ? (
        <form onSubmit={(event) => void onReturn(event)} aria-label="Return the plan">
          <label>
            Comments for the case manager
            <textarea
              value={comments}
              onChange={(event) => setComments(event.target.value)}
              required
              rows={3}
              aria-invalid={giveBack.reasonsOf('comments') ? true : undefined}
            />
          </label>
          {giveBack.reasonsOf('comments') ? <p className="field-error">{giveBack.reasonsOf('comments')}</p> : null}
          <button type="submit" disabled={saving}>
            Return version {version}
          </button>
        </form>
      ) : null}
      <Progress active={saving} label="Saving" />
      {problem ? <SaveProblem problem={problem} subject="the plan" onReload={onReload} /> : null}
    </article>
  );
}

/** What the submitted version changes since the last approved one, goal by goal, with a word diff of each field. */
function WhatChanged({ caseId, plan }: { readonly caseId: string; readonly plan: Plan }) {
  const approvedVersion = plan.approved?.version;
  const [approved, reload] = useRemote(
    () =>
      approvedVersion === undefined
        ? Promise.resolve({ ok: true, data: null } as const)
        : resultOf(
            api.GET('/care-plan/cases/{caseId}/plans/{planId}/versions/{version}', {
              params: { path: { caseId, planId: plan.planId, version: approvedVersion } },
            }),
          ),
    [caseId, plan.planId, approvedVersion],
  );
  const title =
    approvedVersion === undefined
      ? 'What it proposes (never approved before)'
      : `What changed since version ${approvedVersion}, the last approved`;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <Progress active={approved.state === 'loading'} label="Loading the last approved version" />
      {approved.state === 'failed' ? <ProblemView problem={approved.problem} retry={reload} /> : null}
      {approved.state === 'ok' ? <Changes changes={diffPlan(approved.data, plan)} /> : null}
    </section>
  );
}

const CHANGE_LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

function Changes({ changes }: { readonly changes: readonly GoalChange[] }) {
  if (changes.length === 0) return <p>No goal or intervention changed.</p>;
  return (
    <ul className="changes">
      {changes.map((goal) => (
        <li key={goal.goalId}>
          <p>
            <strong>{CHANGE_LABELS[goal.change]} goal:</strong> {goal.title}
          </p>
          {goal.change === 'removed' ? null : <Fields fields={goal.fields} />}
          {goal.interventions.length > 0 ? (
            <ul>
              {goal.interventions.map((intervention) => (
                <li key={intervention.interventionId}>
                  <p>
                    <strong>{CHANGE_LABELS[intervention.change]} intervention:</strong> {intervention.title}
                  </p>
                  {intervention.change === 'removed' ? null : <Fields fields={intervention.fields} />}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Fields({ fields }: { readonly fields: readonly FieldChange[] }) {
  if (fields.length === 0) return null;
  return (
    <dl className="diff">
      {fields.map((field) => (
        <div key={field.field} className="pair">
          <dt>{field.field}</dt>
          <dd>
            {field.segments.map((segment, i) =>
              segment.op === 'added' ? (
                <ins key={i}>
                  <span className="visually-hidden">added: </span>
                  {segment.text}
                </ins>
              ) : segment.op === 'removed' ? (
                <del key={i}>
                  <span className="visually-hidden">removed: </span>
                  {segment.text}
                </del>
              ) : (
                <span key={i}>{segment.text}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
