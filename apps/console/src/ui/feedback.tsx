import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import type { Problem } from '../api/client';
import { PATHS } from '../routes';
import { useDelayedFlag } from './remote';

/** Shown while something takes more than a moment; announced to screen readers. */
export function Progress({ active, label = 'Loading' }: { readonly active: boolean; readonly label?: string }) {
  const shown = useDelayedFlag(active);
  if (!shown) return null;
  return (
    <p className="progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}…
    </p>
  );
}

/** A problem as a person expects it: sign in again, not allowed, not found, or what went wrong and how to retry. */
export function ProblemView({ problem, retry }: { readonly problem: Problem; readonly retry?: () => void }) {
  const location = useLocation();
  // Several sections of a screen may each show a problem: each its own title id.
  const titleId = useId();
  const back = encodeURIComponent(location.pathname + location.search);
  switch (problem.status) {
    case 401:
      return (
        <section className="problem" role="alert" aria-labelledby={titleId}>
          <h2 id={titleId}>Your session has ended</h2>
          <p>Sign in again to carry on where you were.</p>
          <Link className="button" to={`${PATHS.signIn}?next=${back}`}>
            Sign in again
          </Link>
        </section>
      );
    case 403:
      return (
        <section className="problem" role="alert" aria-labelledby={titleId}>
          <h2 id={titleId}>Not allowed</h2>
          <p>Your role does not give you access to this. Ask your supervisor or administrator if you need it.</p>
          <Link to={PATHS.home}>Back to your home page</Link>
        </section>
      );
    case 404:
      return (
        <section className="problem" role="alert" aria-labelledby={titleId}>
          <h2 id={titleId}>Not found</h2>
          <p>It does not exist, or it is not among the records you can see.</p>
          <Link to={PATHS.home}>Back to your home page</Link>
        </section>
      );
    default:
      return (
        <section className="problem" role="alert" aria-labelledby={titleId}>
          <h2 id={titleId}>Something went wrong</h2>
          <p>{problem.message}</p>
          {retry ? (
            <button type="button" onClick={retry}>
              Try again
            </button>
          ) : null}
        </section>
      );
  }
}
