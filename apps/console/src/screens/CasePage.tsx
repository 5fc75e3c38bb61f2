import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, resultOf } from '../api/client';
import type { components } from '../api/schema';
import { clientPath } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import { SaveProblem, useSave } from '../ui/save';
import { Appointments, MedicationChecks } from './case/Casework';
import { Consents } from './case/Consents';
import { Referrals } from './case/Referrals';
import { ScreeningsAndNeeds } from './case/Screenings';

type ContactKind = components['schemas']['RecordContactRequestDto']['kind'];
type Contact = components['schemas']['ContactRecordDto'];
type Plan = components['schemas']['PlanDto'];

const CONTACT_KINDS: readonly { readonly value: ContactKind; readonly label: string }[] = [
  { value: 'phone', label: 'Phone' },
  { value: 'home_visit', label: 'Home visit' },
  { value: 'office_visit', label: 'Office visit' },
  { value: 'video', label: 'Video' },
  { value: 'collateral', label: 'Collateral (about the client)' },
  { value: 'attempted', label: 'Attempt (did not reach them)' },
];

const label = (value: string): string => value.replace(/_/g, ' ');

/** A case: its summary, safety flags and needs, plans, referrals, appointments, medication checks, its contacts, and logging a contact in three fields and one click. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const [view, reloadView] = useRemote(
    () => resultOf(api.GET('/care-plan/cases/{caseId}', { params: { path: { caseId } } })),
    [caseId],
  );
  const [casework, reloadCasework] = useRemote(
    () => resultOf(api.GET('/care-plan/cases/{caseId}/casework', { params: { path: { caseId } } })),
    [caseId],
  );
  const [plans, reloadPlans] = useRemote(
    () => resultOf(api.GET('/care-plan/cases/{caseId}/plans', { params: { path: { caseId }, query: {} } })),
    [caseId],
  );
  const [referrals, reloadReferrals] = useRemote(
    () => resultOf(api.GET('/referral/cases/{caseId}/referrals', { params: { path: { caseId } } })),
    [caseId],
  );
  if (view.state === 'failed') return <ProblemView problem={view.problem} retry={reloadView} />;
  // The sections' reads start at once, but show only once the case itself is read: a case that does not exist, or
  // that the person may not see, answers once for the page, not once per section.
  if (view.state === 'loading') {
    return (
      <>
        <h1>Case {caseId.slice(0, 8)}</h1>
        <Progress active label="Loading the case" />
      </>
    );
  }
  return (
    <>
      <h1>Case {caseId.slice(0, 8)}</h1>
      {view.state === 'ok' ? (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">Summary</h2>
          <dl className="summary">
            <dt>Status</dt>
            <dd>{label(view.data.status)}</dd>
            <dt>Priority</dt>
            <dd>{label(view.data.priority)}</dd>
            <dt>Program</dt>
            <dd>{label(view.data.program)}</dd>
            <dt>Team</dt>
            <dd>{view.data.teamId}</dd>
            <dt>Case manager</dt>
            <dd>{view.data.caseManagerId ?? 'not assigned'}</dd>
            <dt>Opened</dt>
            <dd>
              <time dateTime={view.data.openedAt}>{new Date(view.data.openedAt).toLocaleDateString()}</time>
            </dd>
            <dt>Client</dt>
            <dd>
              <Link to={clientPath(view.data.clientId)}>The client’s record</Link>
            </dd>
            <dt>Needs</dt>
            <dd>{view.data.needs.length > 0 ? view.data.needs.map(label).join(', ') : 'none recorded'}</dd>
          </dl>
          {view.data.safetyFlags.length > 0 ? (
            <div className="flags" role="note" aria-label="Safety flags">
              <h3>Safety flags</h3>
              <ul>
                {view.data.safetyFlags.map((flag) => (
                  <li key={flag.screeningId}>
                    {flag.instrument}: follow up by{' '}
                    <time dateTime={flag.followUpDueBy}>{new Date(flag.followUpDueBy).toLocaleString()}</time>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}
      <ScreeningsAndNeeds caseId={caseId} />
      <section aria-labelledby="plans-title">
        <h2 id="plans-title">Care plans</h2>
        <Progress active={plans.state === 'loading'} label="Loading the plans" />
        {plans.state === 'failed' ? <ProblemView problem={plans.problem} retry={reloadPlans} /> : null}
        {plans.state === 'ok' ? <Plans plans={plans.data.plans} /> : null}
      </section>
      <section aria-labelledby="referrals-title">
        <h2 id="referrals-title">Referrals</h2>
        <Progress active={referrals.state === 'loading'} label="Loading the referrals" />
        {referrals.state === 'failed' ? <ProblemView problem={referrals.problem} retry={reloadReferrals} /> : null}
        {referrals.state === 'ok' ? <Referrals referrals={referrals.data} /> : null}
      </section>
      {view.state === 'ok' ? <Consents clientId={view.data.clientId} /> : null}
      <section aria-labelledby="appointments-title">
        <h2 id="appointments-title">Appointments</h2>
        <Progress active={casework.state === 'loading'} label="Loading the appointments" />
        {casework.state === 'failed' ? <ProblemView problem={casework.problem} retry={reloadCasework} /> : null}
        {casework.state === 'ok' ? <Appointments appointments={casework.data.appointments} /> : null}
      </section>
      <section aria-labelledby="medication-title">
        <h2 id="medication-title">Medication notes</h2>
        <Progress active={casework.state === 'loading'} label="Loading the medication checks" />
        {casework.state === 'failed' ? <ProblemView problem={casework.problem} retry={reloadCasework} /> : null}
        {casework.state === 'ok' ? <MedicationChecks checks={casework.data.medicationChecks} /> : null}
      </section>
      <LogContact caseId={caseId} onLogged={reloadCasework} />
      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">Contacts</h2>
        <Progress active={casework.state === 'loading'} label="Loading the contacts" />
        {casework.state === 'failed' ? <ProblemView problem={casework.problem} retry={reloadCasework} /> : null}
        {casework.state === 'ok' ? <Contacts contacts={casework.data.contacts} /> : null}
      </section>
    </>
  );
}

function Plans({ plans }: { readonly plans: readonly Plan[] }) {
  if (plans.length === 0) return <p>No care plan yet.</p>;
  return (
    <>
      {plans.map((plan) => (
        <div key={plan.planId} className="plan">
          <p>
            <strong>Version {plan.version}</strong> · {label(plan.status)} · approval: {label(plan.approvalStatus)}
            {plan.nextReviewDueBy ? ` · review due by ${plan.nextReviewDueBy}` : ''}
          </p>
          <ul>
            {plan.goals.map((goal) => (
              <li key={goal.goalId}>
                {goal.description ?? '(erased)'} — by {goal.targetDate} ({label(goal.lifecycleStatus)}
                {goal.achievementStatus ? `, ${label(goal.achievementStatus)}` : ''})
                {goal.interventions.length > 0 ? (
                  <ul>
                    {goal.interventions.map((intervention) => (
                      <li key={intervention.interventionId}>
                        {intervention.description ?? '(erased)'} · due {intervention.dueDate} ·{' '}
                        {label(intervention.status)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function Contacts({ contacts }: { readonly contacts: readonly Contact[] }) {
  if (contacts.length === 0) return <p>No contact recorded yet.</p>;
  return (
    <ol className="contacts" reversed>
      {[...contacts].reverse().map((contact) => (
        <li key={contact.contactId}>
          <strong>{label(contact.kind)}</strong>{' '}
          <time dateTime={contact.occurredAt}>{new Date(contact.occurredAt).toLocaleString()}</time>
          {contact.durationMinutes ? ` · ${contact.durationMinutes} min` : ''}
          {contact.late ? ' · late entry' : ''}
          <p>{contact.notes ?? '(erased)'}</p>
        </li>
      ))}
    </ol>
  );
}

/**
 * Logs a contact that happened now: kind, minutes and what happened, one click (the client took part; for a
 * collateral contact the form asks who did). What was typed stays when the save
 * fails, with the reason next to the field it is about.
 */
function LogContact({ caseId, onLogged }: { readonly caseId: string; readonly onLogged: () => void }) {
  const [kind, setKind] = useState<ContactKind>('phone');
  const [minutes, setMinutes] = useState('15');
  const [notes, setNotes] = useState('');
  // Who took part: the client, but for a collateral contact (someone else, about the client), who is asked for.
  const [who, setWho] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useSave(() =>
    resultOf(
      api.POST('/care-plan/cases/{caseId}/contacts', {
        params: { path: { caseId } },
        body: {
          kind,
          occurredAt: new Date().toISOString(),
          notes,
          participants: kind === 'attempted' ? [] : kind === 'collateral' ? [who.trim()] : ['client'],
          ...(kind === 'attempted' || minutes === '' ? {} : { durationMinutes: Number(minutes) }),
        },
      }),
    ),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run();
    if (!result.ok) return;
    setNotes('');
    setSaved(true);
    onLogged();
  };

  const { saving, problem } = save;
  const minutesError = save.reasonsOf('durationMinutes');
  const notesError = save.reasonsOf('notes');
  const whoError = save.reasonsOf('participants');
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">Log a contact</h2>
      <form className="log-contact" onSubmit={(event) => void submit(event)}>
        <label>
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as ContactKind)}>
            {CONTACT_KINDS.map((each) => (
              <option key={each.value} value={each.value}>
                {each.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Minutes
          <input
            type="number"
            min={1}
            max={1440}
            inputMode="numeric"
            value={minutes}
            disabled={kind === 'attempted'}
            onChange={(event) => setMinutes(event.target.value)}
            aria-invalid={minutesError ? true : undefined}
            aria-describedby={minutesError ? 'minutes-error' : undefined}
          />
        </label>
        {minutesError ? (
          <p id="minutes-error" className="field-error">
            {minutesError}
          </p>
        ) : null}
        {kind === 'collateral' ? (
          <>
            <label className="wide">
              Who took part
              <input
                value={who}
                onChange={(event) => setWho(event.target.value)}
                required
                autoComplete="off"
                aria-invalid={whoError ? true : undefined}
                aria-describedby={whoError ? 'who-error' : undefined}
              />
            </label>
            {whoError ? (
              <p id="who-error" className="field-error">
                {whoError}
              </p>
            ) : null}
          </>
        ) : null}
        <label className="wide">
          What happened
          <textarea
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            required
            rows={3}
            aria-invalid={notesError ? true : undefined}
            aria-describedby={notesError ? 'notes-error' : undefined}
          />
        </label>
        {notesError ? (
          <p id="notes-error" className="field-error">
            {notesError}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={saving}>
          Log contact
        </button>
        <Progress active={saving} label="Saving" />
        {saved ? (
          <p role="status" className="saved">
            Contact logged.
          </p>
        ) : null}
        {problem ? <SaveProblem problem={problem} subject="the case" onReload={onLogged} /> : null}
      </form>
    </section>
  );
}
