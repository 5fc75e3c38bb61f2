import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, resultOf } from '../api/client';
import type { components } from '../api/schema';
import { currentSession } from '../auth/session';
import { clientPath } from '../routes';
import { Progress } from '../ui/feedback';
import { SaveProblem, useSave } from '../ui/save';
import { compareWithCandidate, initialsOf, type TypedClient } from './client-comparison';

type Candidate = components['schemas']['DuplicateCandidateDto'];

/** Where registering stands: being typed, possible duplicates shown, not registered (an existing client), or done. */
type Stage =
  | { readonly kind: 'typing' }
  | { readonly kind: 'candidates'; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'existing'; readonly clientId: string }
  | { readonly kind: 'registered'; readonly clientId: string };

/**
 * Registers a client: what is typed is first checked against the registered clients, and possible duplicates are
 * shown side by side with it, field by field, before anyone is created. Everything personal goes in request bodies;
 * nothing of it enters the address bar. A refused save keeps what was typed, with the reason next to its field.
 */
export function RegisterClient() {
  const [typed, setTyped] = useState<TypedClient>({ givenName: '', middleName: '', familyName: '', dateOfBirth: '' });
  const [language, setLanguage] = useState('en');
  const [phone, setPhone] = useState('');
  const [reason, setReason] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'typing' });

  const check = useSave(() =>
    resultOf(
      api.POST('/intake/clients/duplicate-check', {
        body: {
          givenName: typed.givenName,
          familyName: typed.familyName,
          ...(typed.middleName ? { middleName: typed.middleName } : {}),
          ...(typed.dateOfBirth ? { dateOfBirth: typed.dateOfBirth } : {}),
        },
      }),
    ),
  );
  const register = useSave((override: string | undefined) =>
    resultOf(
      api.POST('/intake/clients', {
        body: {
          givenName: typed.givenName,
          familyName: typed.familyName,
          dateOfBirth: typed.dateOfBirth,
          preferredLanguage: language,
          ...(typed.middleName ? { middleName: typed.middleName } : {}),
          ...(phone ? { contact: { phone } } : {}),
          ...(override ? { duplicateOverride: { reason: override } } : {}),
        },
      }),
    ),
  );

  const create = async (override: string | undefined) => {
    const result = await register.run(override);
    if (result.ok) setStage({ kind: 'registered', clientId: result.data.id });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    register.clear();
    const result = await check.run();
    if (!result.ok) return;
    if (result.data.candidates.length === 0) await create(undefined);
    else setStage({ kind: 'candidates', candidates: result.data.candidates });
  };

  const edit = <K extends keyof TypedClient>(field: K) => ({
    value: typed[field],
    onChange: (event: { target: { value: string } }) => {
      setTyped({ ...typed, [field]: event.target.value });
      if (stage.kind !== 'typing') setStage({ kind: 'typing' });
    },
    'aria-invalid': register.reasonsOf(field) || check.reasonsOf(field) ? true : undefined,
    'aria-describedby': register.reasonsOf(field) || check.reasonsOf(field) ? `${field}-error` : undefined,
  });
  const fieldError = (field: string) => {
    const reasons = register.reasonsOf(field) ?? check.reasonsOf(field);
    return reasons ? (
      <p id={`${field}-error`} className="field-error">
        {reasons}
      </p>
    ) : null;
  };
  const busy = check.saving || register.saving;

  if (stage.kind === 'registered') {
    return (
      <>
        <h1>Register a client</h1>
        <p role="status" className="saved">
          Client registered (id {stage.clientId}).
          {readsClientsWithoutCase() ? (
            <>
              {' '}
              <Link to={clientPath(stage.clientId)}>Open their record</Link>.
            </>
          ) : null}
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Register a client</h1>
      <form className="register-client" onSubmit={(event) => void submit(event)}>
        <label>
          Given name
          <input {...edit('givenName')} required autoComplete="off" />
        </label>
        {fieldError('givenName')}
        <label>
          Middle name (optional)
          <input {...edit('middleName')} autoComplete="off" />
        </label>
        {fieldError('middleName')}
        <label>
          Family name
          <input {...edit('familyName')} required autoComplete="off" />
        </label>
        {fieldError('familyName')}
        <label>
          Date of birth
          <input {...edit('dateOfBirth')} type="date" required />
        </label>
        {fieldError('dateOfBirth')}
        <label>
          Preferred language (a language tag, such as en or es)
          <input
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
            required
            aria-invalid={register.reasonsOf('preferredLanguage') ? true : undefined}
            aria-describedby={register.reasonsOf('preferredLanguage') ? 'preferredLanguage-error' : undefined}
          />
        </label>
        {fieldError('preferredLanguage')}
        <label>
          Phone (optional)
          <input
            value={phone}
            type="tel"
            onChange={(event) => setPhone(event.target.value)}
            autoComplete="off"
            aria-invalid={register.reasonsOf('contact.phone') ? true : undefined}
            aria-describedby={register.reasonsOf('contact.phone') ? 'contact.phone-error' : undefined}
          />
        </label>
        {fieldError('contact.phone')}
        <button type="submit" className="primary" disabled={busy}>
          Check for duplicates and register
        </button>
        <Progress active={busy} label="Checking the registered clients" />
        {check.problem ? <SaveProblem problem={check.problem} subject="the duplicate check" /> : null}
        {register.problem && stage.kind === 'typing' ? (
          <SaveProblem problem={register.problem} subject="the client" />
        ) : null}
      </form>
      {stage.kind === 'existing' ? (
        <p role="status">
          Not registered: you chose the existing client {stage.clientId}. Their cases are on your caseload if they are
          assigned to you; otherwise ask intake or your supervisor to open or assign one.
        </p>
      ) : null}
      {stage.kind === 'candidates' ? (
        <section aria-labelledby="candidates-title">
          <h2 id="candidates-title">Possible duplicates</h2>
          <p>
            {stage.candidates.length === 1 ? 'One registered client' : `${stage.candidates.length} registered clients`}{' '}
            may be this person. Compare them with what you typed ({initialsOf(typed)}) before creating anyone.
          </p>
          {stage.candidates.map((candidate, index) => (
            <CandidateComparison
              key={candidate.clientId}
              index={index + 1}
              typed={typed}
              candidate={candidate}
              onChoose={() => setStage({ kind: 'existing', clientId: candidate.clientId })}
            />
          ))}
          <div className="override">
            <label className="wide">
              Why this is a new person
              <textarea
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                rows={2}
                aria-invalid={register.reasonsOf('duplicateOverride.reason') ? true : undefined}
                aria-describedby={
                  register.reasonsOf('duplicateOverride.reason') ? 'duplicateOverride.reason-error' : undefined
                }
              />
            </label>
            {fieldError('duplicateOverride.reason')}
            <button
              type="button"
              className="primary"
              disabled={busy || reason.trim() === ''}
              onClick={() => void create(reason.trim())}
            >
              Create a new client anyway
            </button>
            <Progress active={register.saving} label="Registering the client" />
            {register.problem ? <SaveProblem problem={register.problem} subject="the client" /> : null}
          </div>
        </section>
      ) : null}
    </>
  );
}

function CandidateComparison({
  index,
  typed,
  candidate,
  onChoose,
}: {
  readonly index: number;
  readonly typed: TypedClient;
  readonly candidate: Candidate;
  readonly onChoose: () => void;
}) {
  const rows = compareWithCandidate(typed, candidate);
  const matching = rows.filter((row) => row.matches).length;
  return (
    <div className="candidate">
      <table className="plain">
        <caption>
          Candidate {index}: {candidate.initials}, {matching} of {rows.length} fields match (likeness{' '}
          {Math.round(candidate.score * 100)}%)
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">You typed</th>
            <th scope="col">Registered client</th>
            <th scope="col">Match</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{row.field}</th>
              <td>{row.typed}</td>
              <td>{row.registered}</td>
              <td>{row.matches ? <strong>Matches</strong> : 'Differs'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onChoose}>
        This is candidate {index}: use the existing client
      </button>
    </div>
  );
}

/**
 * Intake (and admins) read a client who has no case yet; a case manager reads a client through a case of theirs, so
 * a newly registered client's record is offered only to those who can open it.
 */
function readsClientsWithoutCase(): boolean {
  const roles = currentSession()?.roles ?? [];
  return roles.includes('intake_worker') || roles.includes('admin');
}
