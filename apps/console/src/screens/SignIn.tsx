import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, resultOf, type Problem } from '../api/client';
import { startOidcSignIn } from '../auth/oidc';
import { openSession } from '../auth/session';
import { PATHS } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';

/** The roles one can sign in as in development, with what each sees first. */
const ROLES = [
  { value: 'case_manager', label: 'Case manager' },
  { value: 'supervisor', label: 'Supervisor' },
  { value: 'provider_partner', label: 'Provider partner' },
  { value: 'auditor', label: 'Auditor' },
  { value: 'intake_worker', label: 'Intake worker' },
  { value: 'admin', label: 'Administrator' },
] as const;

type Role = (typeof ROLES)[number]['value'];

/** Where to go after signing in: the page asked for, if it is one of the console's, else the home page. */
function nextPath(search: URLSearchParams): string {
  const next = search.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : PATHS.home;
}

/**
 * Sign-in: with the agency's identity provider (OIDC, authorization code with PKCE) when the platform names one;
 * in development also by picking a role, tenant and team, for which the platform mints a development token.
 */
export function SignIn() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [options, retry] = useRemote(() => resultOf(api.GET('/auth/sign-in')), []);
  const [role, setRole] = useState<Role>('case_manager');
  const [tenant, setTenant] = useState('county-a');
  const [team, setTeam] = useState('team-west');
  const [sub, setSub] = useState('cm-1');
  const [org, setOrg] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  const signInForDevelopment = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const result = await resultOf(
      api.POST('/auth/sign-in/development', {
        body: { roles: [role], tenant, sub, ...(team ? { team } : {}), ...(org ? { org } : {}) },
      }),
    );
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    if (!openSession(result.data.token)) {
      return setProblem({ status: 0, code: 'TOKEN', message: 'The token could not be read', violations: [] });
    }
    void navigate(nextPath(search), { replace: true });
  };

  return (
    <main id="main" className="sign-in">
      <h1>Sign in</h1>
      <Progress active={options.state === 'loading'} />
      {options.state === 'failed' ? <ProblemView problem={options.problem} retry={retry} /> : null}
      {options.state === 'ok' && options.data.oidc ? (
        <p>
          <button
            type="button"
            className="primary"
            onClick={() => options.data.oidc && void startOidcSignIn(options.data.oidc, nextPath(search))}
          >
            Sign in with your agency account
          </button>
        </p>
      ) : null}
      {options.state === 'ok' && !options.data.oidc && !options.data.development ? (
        <p role="alert">No way of signing in is configured here. Ask your administrator.</p>
      ) : null}
      {options.state === 'ok' && options.data.development ? (
        <form onSubmit={(event) => void signInForDevelopment(event)} aria-describedby="dev-note">
          <h2>Development sign-in</h2>
          <p id="dev-note" className="note">
            Only in development: the platform signs a token with its development key, as <code>npm run token</code>{' '}
            does.
          </p>
          <label>
            Role
            <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((each) => (
                <option key={each.value} value={each.value}>
                  {each.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tenant
            <input value={tenant} onChange={(event) => setTenant(event.target.value)} required autoComplete="off" />
          </label>
          <label>
            Team
            <input value={team} onChange={(event) => setTeam(event.target.value)} autoComplete="off" />
          </label>
          <label>
            User id
            <input value={sub} onChange={(event) => setSub(event.target.value)} required autoComplete="off" />
          </label>
          {role === 'provider_partner' ? (
            <label>
              Organisation
              <input value={org} onChange={(event) => setOrg(event.target.value)} autoComplete="off" />
            </label>
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            Sign in
          </button>
          <Progress active={busy} label="Signing in" />
          {problem ? <ProblemList problem={problem} /> : null}
        </form>
      ) : null}
    </main>
  );
}

/** A refused sign-in: the message, and each field with its reasons. */
function ProblemList({ problem }: { readonly problem: Problem }) {
  return (
    <div role="alert" className="error">
      <p>{problem.message}</p>
      {problem.violations.length > 0 ? (
        <ul>
          {problem.violations.map((violation) => (
            <li key={violation.field}>
              {violation.field}: {violation.reasons.join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
