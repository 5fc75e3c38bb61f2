import { useCallback, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Problem, Result } from '../api/client';
import { PATHS } from '../routes';

/** A save in progress, its problem if it failed, and the reasons the API gave for each field. */
export interface Save<A extends unknown[], T> {
  readonly saving: boolean;
  readonly problem: Problem | undefined;
  /** Runs the save; the form's state is the caller's, so what was typed stays whatever the answer. */
  run(...args: A): Promise<Result<T>>;
  /** The reasons the API gave for `field` in a 400, joined; undefined when it named none. */
  reasonsOf(field: string): string | undefined;
  clear(): void;
}

/**
 * One save at a time from a form: `saving` while it runs, the problem when it fails. The form keeps what was typed
 * (its state is not touched here), so a refused save can be corrected and sent again.
 */
export function useSave<A extends unknown[], T>(save: (...args: A) => Promise<Result<T>>): Save<A, T> {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const latest = useRef(save);
  latest.current = save;
  const run = useCallback(async (...args: A): Promise<Result<T>> => {
    setSaving(true);
    setProblem(undefined);
    const result = await latest.current(...args);
    setSaving(false);
    if (!result.ok) setProblem(result.problem);
    return result;
  }, []);
  const reasonsOf = (field: string) => problem?.violations.find((v) => v.field === field)?.reasons.join('; ');
  return { saving, problem, run, reasonsOf, clear: () => setProblem(undefined) };
}

/**
 * Why a save failed, as the person can act on it, next to the form that still holds what they typed: sign in again
 * (in another tab, so nothing typed is lost), not allowed, gone, changed by someone else (what the API said changed,
 * and a button to reload the record under the form), or the fields to correct.
 */
export function SaveProblem({
  problem,
  subject,
  onReload,
}: {
  readonly problem: Problem;
  /** What was being saved, as a person names it: "the plan", "the referral". */
  readonly subject: string;
  /** Reads the record again, leaving the form as typed. */
  readonly onReload?: () => void;
}) {
  const location = useLocation();
  const back = encodeURIComponent(location.pathname + location.search);
  switch (problem.status) {
    case 401:
      return (
        <div role="alert" className="error">
          <p>
            Your session has ended, so nothing was saved. What you typed is still here:{' '}
            <Link to={`${PATHS.signIn}?next=${back}`} target="_blank" rel="opener">
              sign in again in a new tab
            </Link>
            , then save again.
          </p>
        </div>
      );
    case 403:
      return (
        <p role="alert" className="error">
          Not saved: your role does not allow this on {subject}.
        </p>
      );
    case 404:
      return (
        <p role="alert" className="error">
          Not saved: {subject} no longer exists, or is no longer among the records you can see.
        </p>
      );
    case 409:
      return (
        <div role="alert" className="error">
          <p>
            Not saved: {subject} changed since you opened it. {problem.message}
          </p>
          {onReload ? (
            <p>
              <button type="button" onClick={onReload}>
                Reload {subject}
              </button>{' '}
              What you typed stays in the form.
            </p>
          ) : null}
        </div>
      );
    case 400:
      return (
        <p role="alert" className="error">
          Not saved: {problem.violations.length > 0 ? 'correct the fields marked.' : problem.message}
        </p>
      );
    default:
      return (
        <p role="alert" className="error">
          Not saved: {problem.message}. What you typed is still here; try again.
        </p>
      );
  }
}
